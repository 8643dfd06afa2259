// Saved views: personal and shared visibility, the share permission, names unique per user, who may
// change or delete a view, the stored state read with the list's own params, organization scoping.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { createSavedView, deleteSavedView, updateSavedView } from "@/lib/saved-views/mutations";
import { getSavedView, listSavedViews } from "@/lib/saved-views/queries";
import { makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";

let ctx: Record<Role, Ctx>;
let otherOrg: Record<Role, Ctx>;

beforeAll(async () => {
  ({ ctx } = await makeOrgWithRoles());
  ({ ctx: otherOrg } = await makeOrgWithRoles());
});

const view = (who: Ctx, name = uniq("View "), extra: { shared?: boolean; query?: string } = {}) =>
  createSavedView(who, { resource: "customers", name, ...extra });

const names = async (who: Ctx) => (await listSavedViews(who, { resource: "customers" })).map((v) => v.name);

describe("saved views", () => {
  it("stores the list's canonical query: invalid values and the page dropped, defaults omitted", async () => {
    const saved = await view(ctx.viewer, undefined, {
      query: "?status=active,bogus&sort=-lastActivity&cols=name,tier,nope&page=3&perPage=25&archived=exclude&tier=x",
    });
    expect(saved).toMatchObject({
      query: "status=active&sort=-lastActivity&cols=name,tier",
      shared: false,
      isOwn: true,
    });
    expect(saved.href).toBe("/customers?status=active&sort=-lastActivity&cols=name,tier");
  });

  it("keeps a personal view to its creator: others neither list nor read it", async () => {
    const mine = await view(ctx.staff);
    expect(await names(ctx.staff)).toContain(mine.name);
    expect(await names(ctx.manager)).not.toContain(mine.name);
    expect((await rejectionOf(getSavedView(ctx.manager, mine.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(deleteSavedView(ctx.owner, mine.id))).code).toBe("NOT_FOUND");
  });

  it("shows a shared view to every member, own views listed first", async () => {
    const shared = await view(ctx.manager, uniq("A shared "), { shared: true, query: "status=inactive" });
    const own = await view(ctx.viewer, uniq("Z mine "));
    const list = await listSavedViews(ctx.viewer, { resource: "customers" });
    const ownIndex = list.findIndex((v) => v.id === own.id);
    const sharedEntry = list.find((v) => v.id === shared.id);
    expect(sharedEntry).toMatchObject({ isOwn: false, canEdit: false, canDelete: false, query: "status=inactive" });
    expect(ownIndex).toBeLessThan(list.findIndex((v) => v.id === shared.id));
    expect(await getSavedView(ctx.staff, shared.id)).toMatchObject({
      name: shared.name,
      createdBy: { id: ctx.manager.userId },
    });
  });

  it("lets only managers and up share a view", async () => {
    expect((await rejectionOf(view(ctx.staff, undefined, { shared: true }))).code).toBe("FORBIDDEN");
    const personal = await view(ctx.staff);
    expect((await rejectionOf(updateSavedView(ctx.staff, personal.id, { shared: true }))).code).toBe("FORBIDDEN");
    const managed = await view(ctx.manager);
    expect(await updateSavedView(ctx.manager, managed.id, { shared: true })).toMatchObject({ shared: true });
  });

  it("lets only the creator change a view, and the creator or a manager delete a shared one", async () => {
    const shared = await view(ctx.admin, undefined, { shared: true });
    expect((await rejectionOf(updateSavedView(ctx.owner, shared.id, { name: "Taken over" }))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(deleteSavedView(ctx.staff, shared.id))).code).toBe("FORBIDDEN");
    expect(await deleteSavedView(ctx.manager, shared.id)).toEqual({ id: shared.id });
    const renamed = await view(ctx.staff);
    const newName = uniq("Renamed ");
    expect(await updateSavedView(ctx.staff, renamed.id, { name: newName, query: "kind=person" })).toMatchObject({
      name: newName,
      query: "kind=person",
    });
    expect(await deleteSavedView(ctx.staff, renamed.id)).toEqual({ id: renamed.id });
    expect((await rejectionOf(getSavedView(ctx.staff, renamed.id))).code).toBe("NOT_FOUND");
  });

  it("keeps names unique per user and list, ignoring case, but not across users", async () => {
    const name = uniq("Hot leads ");
    await view(ctx.staff, name);
    const clash = await rejectionOf(view(ctx.staff, name.toUpperCase()));
    expect(clash.code).toBe("CONFLICT");
    expect(clash.fieldErrors.name).toEqual([`You already have a view named ${name.toUpperCase()}`]);
    await expect(view(ctx.viewer, name)).resolves.toMatchObject({ name });
    const other = await view(ctx.staff);
    expect((await rejectionOf(updateSavedView(ctx.staff, other.id, { name }))).code).toBe("CONFLICT");
  });

  it("reports bad input per field", async () => {
    const bad = await rejectionOf(createSavedView(ctx.staff, { resource: "invoices" as "customers", name: "  " }));
    expect(bad.code).toBe("VALIDATION");
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["name", "resource"]);
  });

  it("treats another organization's views as not found", async () => {
    const shared = await view(ctx.manager, undefined, { shared: true });
    expect(await names(otherOrg.manager)).not.toContain(shared.name);
    expect((await rejectionOf(getSavedView(otherOrg.owner, shared.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(updateSavedView(otherOrg.owner, shared.id, { name: "x" }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(deleteSavedView(otherOrg.owner, shared.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(getSavedView(ctx.owner, "not-a-uuid"))).code).toBe("NOT_FOUND");
  });
});

// Service centers: codes normalized and unique per organization, admin-only writes, isolation.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { createServiceCenter, setServiceCenterActive, updateServiceCenter } from "@/lib/service-centers/mutations";
import { getServiceCenter, listServiceCenters } from "@/lib/service-centers/queries";
import { makeOrgWithOutsider, makeServiceCenter, rejectionOf, uniq } from "@/tests/factories";

let ctx: Record<Role, Ctx>;
let outsider: Ctx;

const code = () =>
  uniq("K")
    .replace(/[^A-Z0-9]/gi, "")
    .slice(0, 8)
    .toUpperCase();

beforeAll(async () => {
  ({ ctx, outsider } = await makeOrgWithOutsider());
});

describe("service centers", () => {
  it("creates a center with the code normalized to upper case", async () => {
    const raw = code().toLowerCase();
    const center = await createServiceCenter(ctx.admin, { name: "  Knoxville Downtown ", code: ` ${raw} ` });
    expect(center).toMatchObject({ name: "Knoxville Downtown", code: raw.toUpperCase(), active: true, version: 1 });
  });

  it("rejects malformed codes and a blank name with field errors", async () => {
    for (const bad of ["K", "KTYS-1", "ABCDEFGHIJK", "KT YS"]) {
      const { code: errorCode, fieldErrors } = await rejectionOf(
        createServiceCenter(ctx.admin, { name: "X", code: bad }),
      );
      expect(errorCode).toBe("VALIDATION");
      expect(fieldErrors.code).toBeDefined();
    }
    const { fieldErrors } = await rejectionOf(createServiceCenter(ctx.admin, { name: " ", code: code() }));
    expect(fieldErrors.name).toEqual(["Name is required"]);
  });

  it("keeps codes unique per organization, case-insensitively, but not across organizations", async () => {
    const shared = code();
    await createServiceCenter(ctx.admin, { name: "First", code: shared });
    const duplicate = await rejectionOf(createServiceCenter(ctx.admin, { name: "Second", code: shared.toLowerCase() }));
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.fieldErrors.code?.[0]).toContain(shared);
    await expect(createServiceCenter(outsider, { name: "Elsewhere", code: shared })).resolves.toMatchObject({
      code: shared,
    });
    const other = await createServiceCenter(ctx.admin, { name: "Third", code: code() });
    const renamed = await rejectionOf(updateServiceCenter(ctx.admin, other.id, { code: shared }));
    expect(renamed.code).toBe("CONFLICT");
    expect(renamed.fieldErrors.code).toBeDefined();
  });

  it("edits with optimistic concurrency and deactivates/reactivates", async () => {
    const center = await createServiceCenter(ctx.admin, { name: "Edit me", code: code() });
    const edited = await updateServiceCenter(ctx.admin, center.id, { name: "Edited" }, { expectedVersion: 1 });
    expect(edited).toMatchObject({ name: "Edited", version: 2 });
    const stale = await rejectionOf(
      updateServiceCenter(ctx.admin, center.id, { name: "Stale" }, { expectedVersion: 1 }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect((await setServiceCenterActive(ctx.admin, center.id, false)).active).toBe(false);
    const active = await listServiceCenters(ctx.viewer, { activeOnly: true });
    expect(active.map((c) => c.id)).not.toContain(center.id);
    expect((await listServiceCenters(ctx.viewer)).map((c) => c.id)).toContain(center.id);
    expect((await setServiceCenterActive(ctx.owner, center.id, true)).active).toBe(true);
  });

  it("lets everyone read and only admins and owners manage", async () => {
    const center = await makeServiceCenter(ctx.owner.orgId);
    for (const role of ["viewer", "staff", "manager", "admin", "owner"] as const) {
      await expect(getServiceCenter(ctx[role], center.id)).resolves.toMatchObject({ id: center.id });
      const manage = updateServiceCenter(ctx[role], center.id, { name: `By ${role}` });
      if (role === "admin" || role === "owner") await manage;
      else expect((await rejectionOf(manage)).code).toBe("FORBIDDEN");
    }
    for (const role of ["viewer", "staff", "manager"] as const) {
      expect((await rejectionOf(createServiceCenter(ctx[role], { name: "No", code: code() }))).code).toBe("FORBIDDEN");
      expect((await rejectionOf(setServiceCenterActive(ctx[role], center.id, false))).code).toBe("FORBIDDEN");
    }
  });

  it("treats another organization's center (or a malformed id) as not found", async () => {
    const foreign = await makeServiceCenter(outsider.orgId);
    expect((await rejectionOf(getServiceCenter(ctx.admin, foreign.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(updateServiceCenter(ctx.admin, foreign.id, { name: "Mine" }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(getServiceCenter(ctx.admin, "not-a-uuid"))).code).toBe("NOT_FOUND");
    expect((await listServiceCenters(ctx.admin)).map((c) => c.id)).not.toContain(foreign.id);
  });
});

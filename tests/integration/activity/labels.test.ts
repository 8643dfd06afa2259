// Timeline entries name the tiers and owners their diffs hold as ids — looked up once per page, and
// still readable after the tier is deleted or the member removed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatValue, fieldLabel } from "@/lib/activity/format";
import { defaultDisplayPrefs } from "@/lib/display-prefs";
import { listActivity } from "@/lib/activity/queries";
import { updateCustomer } from "@/lib/customers/mutations";
import { transferOwnership } from "@/lib/customers/ownership/mutations";
import { db } from "@/lib/db";
import { createTier, deleteTier } from "@/lib/tiers/mutations";
import { makeCustomer, makeOrgWithRoles, makeUser, uniq } from "@/tests/factories";

const { ctx } = await makeOrgWithRoles();

afterEach(() => vi.restoreAllMocks());

const tier = (name: string) => createTier(ctx.manager, { name: uniq(`${name} `), level: 1, discountPercent: "5" });

describe("activity labels", () => {
  it("names the tiers of a tier change, and a deleted tier as such", async () => {
    const [gold, silver] = await Promise.all([tier("Gold"), tier("Silver")]);
    const customer = await makeCustomer(ctx.staff, { tierId: gold.id });
    await updateCustomer(ctx.staff, customer.id, { tierId: silver.id });
    const [entry] = (await listActivity(ctx.viewer, customer.id, { types: ["change"] })).items;
    expect(entry?.changes).toEqual({ tierId: { from: gold.id, to: silver.id } });
    expect(entry?.labels).toEqual({ [gold.id]: gold.name, [silver.id]: silver.name });
    expect(formatValue(entry?.changes?.tierId?.to, entry?.labels ?? {}, defaultDisplayPrefs)).toBe(silver.name);
    expect(fieldLabel("tierId")).toBe("Tier");

    await deleteTier(ctx.manager, gold.id, { moveTo: null });
    await deleteTier(ctx.manager, silver.id, { moveTo: null });
    const items = (await listActivity(ctx.viewer, customer.id, { types: ["change"] })).items;
    expect(items[0]?.labels).toEqual({ [silver.id]: "Deleted tier" });
    expect(items[1]?.labels).toEqual({ [gold.id]: "Deleted tier", [silver.id]: "Deleted tier" });
  });

  it("names the owners of a transfer, and a removed member as such", async () => {
    const customer = await makeCustomer(ctx.staff);
    const leaving = await makeUser(ctx.owner.orgId, "staff", { name: uniq("Leaving ") });
    await transferOwnership(ctx.manager, customer.id, { toUserId: leaving.id, reason: "Territory" });
    const [entry] = (await listActivity(ctx.viewer, customer.id, { types: ["change"] })).items;
    expect(entry?.labels).toEqual({ [ctx.staff.userId as string]: expect.any(String), [leaving.id]: leaving.name });
    expect(entry?.actorName).toEqual(expect.any(String));

    await db.user.delete({ where: { id: leaving.id } });
    const [after] = (await listActivity(ctx.viewer, customer.id, { types: ["change"] })).items;
    expect(after?.labels[leaving.id]).toBe("Removed user");
  });

  it("looks names up in one query per kind for a whole page (no query per entry)", async () => {
    const tiers = await Promise.all([tier("A"), tier("B"), tier("C")]);
    const customer = await makeCustomer(ctx.staff, { tierId: tiers[0].id });
    for (const next of [tiers[1], tiers[2], tiers[0]])
      await updateCustomer(ctx.staff, customer.id, { tierId: next.id });
    const users = vi.spyOn(db.user, "findMany");
    const tierReads = vi.spyOn(db.customerTier, "findMany");
    const { items } = await listActivity(ctx.viewer, customer.id);
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(users).toHaveBeenCalledTimes(1);
    expect(tierReads).toHaveBeenCalledTimes(1);
  });
});

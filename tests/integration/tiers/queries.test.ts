// Tier reads: one tier with its customer count, the picker options (highest first, discount as a
// two-decimal string), every member reads them, and another organization's tier is not found.
import { describe, expect, it } from "vitest";
import { archiveCustomer } from "@/lib/customers/mutations";
import { createTier } from "@/lib/tiers/mutations";
import { getTier, listTierOptions } from "@/lib/tiers/queries";
import { makeCustomer, makeOrgWithOutsider, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";

const { ctx, outsider } = await makeOrgWithOutsider();

describe("tier queries", () => {
  it("reads one tier with how many customers (archived ones included) are in it", async () => {
    const tier = await createTier(ctx.manager, {
      name: uniq("Gold "),
      level: 2,
      discountPercent: "7.5",
      color: "#AA8800",
    });
    await makeCustomer(ctx.staff, { tierId: tier.id });
    const archived = await makeCustomer(ctx.staff, { tierId: tier.id });
    await archiveCustomer(ctx.manager, archived.id);
    expect(await getTier(ctx.viewer, tier.id)).toMatchObject({
      id: tier.id,
      level: 2,
      discountPercent: "7.50",
      color: "#aa8800",
      customerCount: 2,
    });
    expect((await rejectionOf(getTier(outsider, tier.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(getTier(ctx.viewer, "not-a-uuid"))).code).toBe("NOT_FOUND");
  });

  it("lists picker options highest level first, then by name, with two-decimal discounts", async () => {
    const { ctx: own } = await makeOrgWithRoles();
    await createTier(own.manager, { name: "Bronze", level: 3, discountPercent: "0" });
    await createTier(own.manager, { name: "Silver", level: 2, discountPercent: "5" });
    await createTier(own.manager, { name: "Argent", level: 2, discountPercent: "5.25" });
    await createTier(own.manager, { name: "Gold", level: 1, discountPercent: "100" });
    const options = await listTierOptions(own.viewer);
    expect(options.map(({ name, discountPercent }) => [name, discountPercent])).toEqual([
      ["Gold", "100.00"],
      ["Argent", "5.25"],
      ["Silver", "5.00"],
      ["Bronze", "0.00"],
    ]);
    expect(options[0]).toEqual({
      id: expect.any(String),
      name: "Gold",
      color: expect.stringMatching(/^#/),
      discountPercent: "100.00",
    });
    expect(await listTierOptions(outsider)).toEqual([]);
  });
});

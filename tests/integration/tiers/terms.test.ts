// Commercial terms on the customer: money as exact decimals, payment terms, shipping address rules,
// and the list's tier and owner filters.
import { describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { updateCustomer } from "@/lib/customers/mutations";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { createTier } from "@/lib/tiers/mutations";
import { makeCustomer, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";

const { ctx } = await makeOrgWithRoles();

describe("credit limit", () => {
  it("round-trips decimal amounts exactly", async () => {
    const customer = await makeCustomer(ctx.staff, { creditLimit: "1234567.89" });
    const stored = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(stored.creditLimit?.toFixed(2)).toBe("1234567.89");
    expect((await makeCustomer(ctx.staff, { creditLimit: "999999999999.99" })).creditLimit?.toFixed(2)).toBe(
      "999999999999.99",
    );
    expect((await makeCustomer(ctx.staff, { creditLimit: "25,000" })).creditLimit?.toFixed(2)).toBe("25000.00");
  });

  it("keeps 0.1 + 0.2 style values exact (no float drift)", async () => {
    const customer = await makeCustomer(ctx.staff, { creditLimit: "0.1" });
    const rows = await db.$queryRaw<{ total: string }[]>`
      SELECT (credit_limit + 0.2)::text AS total FROM customer WHERE id = ${customer.id}::uuid`;
    expect(rows[0]?.total).toBe("0.30");
    const updated = await updateCustomer(ctx.staff, customer.id, { creditLimit: "0.30" });
    expect(updated.creditLimit?.toFixed(2)).toBe("0.30");
  });

  it("refuses negative, over-precise, too large or numeric amounts", async () => {
    for (const bad of ["-1", "1.234", "1234567890123", "abc", 100.5]) {
      const { code, fieldErrors } = await rejectionOf(makeCustomer(ctx.staff, { creditLimit: bad }));
      expect(code, String(bad)).toBe("VALIDATION");
      expect(fieldErrors.creditLimit).toBeDefined();
    }
  });

  it("keeps the stored amount through an unrelated partial update", async () => {
    const customer = await makeCustomer(ctx.staff, { creditLimit: "500.05" });
    const updated = await updateCustomer(ctx.staff, customer.id, { city: "Knoxville" });
    expect(updated.creditLimit?.toFixed(2)).toBe("500.05");
    expect(updated.version).toBe(2);
  });
});

describe("terms validation", () => {
  it("stores type and payment terms, defaulting to standard and no terms", async () => {
    const plain = await makeCustomer(ctx.staff);
    expect(plain).toMatchObject({ customerType: "standard", paymentTermsDays: null, shippingSameAsBilling: true });
    const vip = await makeCustomer(ctx.staff, {
      customerType: "vip",
      paymentTermsDays: "30",
      preferredShippingMethod: " UPS Ground ",
    });
    expect(vip).toMatchObject({ customerType: "vip", paymentTermsDays: 30, preferredShippingMethod: "UPS Ground" });
    expect((await makeCustomer(ctx.staff, { paymentTermsDays: 0 })).paymentTermsDays).toBe(0);
    for (const bad of [-1, 366, 1.5, "net30"]) {
      expect(
        (await rejectionOf(makeCustomer(ctx.staff, { paymentTermsDays: bad }))).fieldErrors.paymentTermsDays,
      ).toBeDefined();
    }
  });

  it("validates the shipping postal code for the shipping country, and drops shipping when same as billing", async () => {
    const shipping = {
      shippingSameAsBilling: false,
      shippingLine1: "1 Dock Rd",
      shippingCity: "Toronto",
      shippingCountry: "ca",
    };
    const bad = await rejectionOf(makeCustomer(ctx.staff, { country: "US", ...shipping, shippingPostalCode: "12345" }));
    expect(bad.fieldErrors.shippingPostalCode?.[0]).toContain("Canada");
    const ok = await makeCustomer(ctx.staff, { country: "US", ...shipping, shippingPostalCode: "m5v3l9" });
    expect(ok).toMatchObject({ shippingCountry: "CA", shippingPostalCode: "M5V 3L9", shippingLine1: "1 Dock Rd" });
    const same = await updateCustomer(ctx.staff, ok.id, { shippingSameAsBilling: true });
    expect(same).toMatchObject({ shippingSameAsBilling: true, shippingLine1: null, shippingCountry: null });
  });

  it("records a tier change in the update's diff", async () => {
    const tier = await createTier(ctx.manager, { name: uniq("T "), level: 2, discountPercent: "10" });
    const customer = await makeCustomer(ctx.staff);
    await updateCustomer(ctx.staff, customer.id, { tierId: tier.id });
    const activity = await db.activity.findFirst({ where: { customerId: customer.id, action: "updated" } });
    expect(activity?.changes).toEqual({ tierId: { from: null, to: tier.id } });
  });
});

describe("list filters", () => {
  it("filters by tier (with none) and by owner (me, none, id), with and without search", async () => {
    const { ctx: own } = await makeOrgWithRoles();
    const gold = await createTier(own.manager, { name: "Gold", level: 1, discountPercent: "10" });
    const mine = await makeCustomer(own.staff, { name: "Filter Mine", tierId: gold.id });
    const theirs = await makeCustomer(own.admin, { name: "Filter Theirs" });
    const names = async (c: Ctx, query: Record<string, string>) =>
      (await listCustomers(c, parseCustomerListParams(query))).rows.map((r) => r.name);
    const searches: Record<string, string>[] = [{}, { q: "filter" }];
    for (const q of searches) {
      expect(await names(own.staff, { ...q, tier: gold.id })).toEqual(["Filter Mine"]);
      expect(await names(own.staff, { ...q, tier: "none" })).toEqual(["Filter Theirs"]);
      expect(await names(own.staff, { ...q, tier: `${gold.id},none` })).toEqual(["Filter Mine", "Filter Theirs"]);
      expect(await names(own.staff, { ...q, owner: "me" })).toEqual(["Filter Mine"]);
      expect(await names(own.admin, { ...q, owner: "me" })).toEqual(["Filter Theirs"]);
      expect(await names(own.staff, { ...q, owner: own.admin.userId ?? "" })).toEqual(["Filter Theirs"]);
      expect(await names(own.staff, { ...q, owner: "none" })).toEqual([]);
    }
    const [row] = (await listCustomers(own.staff, parseCustomerListParams({ tier: gold.id }))).rows;
    expect(row).toMatchObject({
      id: mine.id,
      tier: { name: "Gold", color: "#64748b" },
      owner: { id: own.staff.userId },
    });
    expect(theirs.ownerId).toBe(own.admin.userId);
  });
});

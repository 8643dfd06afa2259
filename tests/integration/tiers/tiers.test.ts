// Customer tiers: bounds (level, discount, colour), case-insensitive names, who may manage them,
// deletion rules (in use → CONFLICT unless told where customers go) and organization isolation.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTier, deleteTier, updateTier } from "@/lib/tiers/mutations";
import { getTier, listTiers } from "@/lib/tiers/queries";
import { makeCustomer, makeOrgWithOutsider, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";

const { ctx, outsider } = await makeOrgWithOutsider();

const tier = (overrides: Record<string, unknown> = {}) =>
  createTier(ctx.manager, { name: uniq("Tier "), level: 1, discountPercent: "5", ...overrides });

describe("tier bounds", () => {
  it("stores the discount exactly with two decimals and normalizes the colour", async () => {
    const created = await tier({ discountPercent: "12.5", color: "#1D4ED8", benefits: "  Free towing  " });
    expect(created.discountPercent.toFixed(2)).toBe("12.50");
    expect(created).toMatchObject({ color: "#1d4ed8", benefits: "Free towing", version: 1 });
    expect((await tier({ discountPercent: "100.00" })).discountPercent.toFixed(2)).toBe("100.00");
    expect((await tier({ discountPercent: 0 })).discountPercent.toFixed(2)).toBe("0.00");
  });

  it("refuses a discount outside 0–100 or with more than two decimals", async () => {
    for (const bad of ["12.345", 12.345, "100.01", "101", "-1", "abc", "", "1e2"]) {
      const { code, fieldErrors } = await rejectionOf(tier({ discountPercent: bad }));
      expect(code, String(bad)).toBe("VALIDATION");
      expect(fieldErrors.discountPercent).toBeDefined();
    }
  });

  it("refuses a level below 1 or not a whole number", async () => {
    for (const bad of [0, -2, 1.5, "x", "0"]) {
      const { code, fieldErrors } = await rejectionOf(tier({ level: bad }));
      expect(code).toBe("VALIDATION");
      expect(fieldErrors.level).toBeDefined();
    }
    expect((await tier({ level: "3" })).level).toBe(3);
  });

  it("refuses a malformed colour and a blank name", async () => {
    for (const bad of ["blue", "#12345", "#1234567", "#gggggg"]) {
      expect((await rejectionOf(tier({ color: bad }))).fieldErrors.color).toBeDefined();
    }
    expect((await rejectionOf(tier({ name: "  " }))).fieldErrors.name).toEqual(["Name is required"]);
  });

  it("keeps names unique per organization, case-insensitively", async () => {
    const name = uniq("Gold ");
    const first = await tier({ name });
    const clash = await rejectionOf(tier({ name: name.toUpperCase() }));
    expect(clash.code).toBe("CONFLICT");
    expect(clash.fieldErrors.name).toBeDefined();
    await expect(createTier(outsider, { name, level: 1, discountPercent: "1" })).resolves.toMatchObject({ name });
    const other = await tier();
    expect((await rejectionOf(updateTier(ctx.manager, other.id, { name: name.toLowerCase() }))).code).toBe("CONFLICT");
    await expect(updateTier(ctx.manager, first.id, { name: name.toLowerCase() })).resolves.toMatchObject({
      version: 2,
    });
  });
});

describe("tier management", () => {
  it("lists by level with customer counts; every member reads, managers and above manage", async () => {
    const { ctx: own } = await makeOrgWithRoles();
    const silver = await createTier(own.manager, { name: "Silver", level: 3, discountPercent: "5" });
    const platinum = await createTier(own.admin, { name: "Platinum", level: 1, discountPercent: "15" });
    await makeCustomer(own.staff, { tierId: silver.id });
    const rows = await listTiers(own.viewer);
    expect(rows.map((r) => [r.name, r.discountPercent, r.customerCount])).toEqual([
      ["Platinum", "15.00", 0],
      ["Silver", "5.00", 1],
    ]);
    for (const role of ["viewer", "staff"] as const) {
      expect((await rejectionOf(createTier(own[role], { name: "No", level: 1, discountPercent: "1" }))).code).toBe(
        "FORBIDDEN",
      );
      expect((await rejectionOf(updateTier(own[role], platinum.id, { level: 2 }))).code).toBe("FORBIDDEN");
      expect((await rejectionOf(deleteTier(own[role], platinum.id))).code).toBe("FORBIDDEN");
    }
  });

  it("edits with optimistic concurrency; a partial update keeps the other fields", async () => {
    const created = await tier({ benefits: "Priority slots" });
    const edited = await updateTier(ctx.manager, created.id, { discountPercent: "7.25" }, { expectedVersion: 1 });
    expect(edited.discountPercent.toFixed(2)).toBe("7.25");
    expect(edited.benefits).toBe("Priority slots");
    const stale = await rejectionOf(updateTier(ctx.manager, created.id, { level: 2 }, { expectedVersion: 1 }));
    expect(stale.code).toBe("CONFLICT");
  });

  it("treats another organization's tier as not found, and refuses it on a customer", async () => {
    const foreign = await createTier(outsider, { name: uniq("F "), level: 1, discountPercent: "1" });
    expect((await rejectionOf(getTier(ctx.viewer, foreign.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(updateTier(ctx.manager, foreign.id, { level: 2 }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(deleteTier(ctx.manager, foreign.id))).code).toBe("NOT_FOUND");
    const refused = await rejectionOf(makeCustomer(ctx.staff, { tierId: foreign.id }));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.fieldErrors.tierId).toBeDefined();
  });
});

describe("deleting a tier", () => {
  it("deletes an unused tier", async () => {
    const unused = await tier();
    await expect(deleteTier(ctx.manager, unused.id)).resolves.toEqual({ moved: 0 });
    expect(await db.customerTier.count({ where: { id: unused.id } })).toBe(0);
  });

  it("refuses a tier in use without a destination, then moves its customers to another tier", async () => {
    const gold = await tier({ name: uniq("Gold ") });
    const silver = await tier({ name: uniq("Silver ") });
    const a = await makeCustomer(ctx.staff, { tierId: gold.id });
    const b = await makeCustomer(ctx.staff, { tierId: gold.id });
    const refused = await rejectionOf(deleteTier(ctx.manager, gold.id));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("2 customers");
    expect((await rejectionOf(deleteTier(ctx.manager, gold.id, { moveTo: gold.id }))).code).toBe("CONFLICT");
    await expect(deleteTier(ctx.manager, gold.id, { moveTo: silver.id })).resolves.toEqual({ moved: 2 });
    const moved = await db.customer.findMany({
      where: { id: { in: [a.id, b.id] } },
      select: { tierId: true, version: true },
    });
    expect(moved).toEqual([
      { tierId: silver.id, version: 2 },
      { tierId: silver.id, version: 2 },
    ]);
    const activity = await db.activity.findFirst({ where: { customerId: a.id, action: "updated" } });
    expect(activity?.changes).toEqual({ tierId: { from: gold.id, to: silver.id } });
  });

  it("moves customers to no tier with an explicit null, and refuses another organization's target", async () => {
    const used = await tier();
    const customer = await makeCustomer(ctx.staff, { tierId: used.id });
    const foreign = await createTier(outsider, { name: uniq("F "), level: 1, discountPercent: "1" });
    expect((await rejectionOf(deleteTier(ctx.manager, used.id, { moveTo: foreign.id }))).code).toBe("NOT_FOUND");
    await expect(deleteTier(ctx.manager, used.id, { moveTo: null })).resolves.toEqual({ moved: 1 });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).tierId).toBeNull();
  });
});

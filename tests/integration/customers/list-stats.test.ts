// The list's stat cards agree with the list under every filter; the new columns sort on the server.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { createContact } from "@/lib/contacts/mutations";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams, type CustomerListParams } from "@/lib/customers/list-params";
import type { SearchParamsRecord } from "@/lib/list-params";
import { getCustomerStats } from "@/lib/customers/stats";
import { createTier } from "@/lib/tiers/mutations";
import { startOfMonthIn } from "@/lib/zoned-bounds";
import { makeCustomer, makeOrgWithRoles, makeUser, uniq } from "@/tests/factories";

let ctx: Ctx;
const ids: Record<string, string> = {};
const tiers: Record<string, string> = {};
const prefix = uniq("Stat ");
const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1) - 86_400_000);

beforeAll(async () => {
  const { org, ctx: roles } = await makeOrgWithRoles();
  ctx = roles.manager;
  tiers.gold = (await createTier(ctx, { name: "Gold", level: 1, discountPercent: "10", color: "#d4a017" })).id;
  tiers.silver = (await createTier(ctx, { name: "Silver", level: 2, discountPercent: "5" })).id;
  const zoe = await makeUser(org.id, "staff", { name: "Zoe Zimmer" });
  const adam = await makeUser(org.id, "staff", { name: "Adam Abbott" });
  const rows = [
    { key: "a", status: "active", tier: tiers.silver, owner: zoe.id, tags: ["vip"] },
    { key: "b", status: "active", tier: tiers.gold, owner: adam.id, tags: [] },
    { key: "c", status: "inactive", tier: null, owner: null, tags: ["vip"] },
    { key: "d", status: "blocked", tier: tiers.gold, owner: zoe.id, tags: [] },
    { key: "e", status: "suspended", tier: null, owner: adam.id, tags: ["vip"] },
  ] as const;
  for (const row of rows) {
    const customer = await makeCustomer(ctx, { name: `${prefix} ${row.key}`, status: row.status, tags: [...row.tags] });
    ids[row.key] = customer.id;
    await db.customer.update({ where: { id: customer.id }, data: { tierId: row.tier, ownerId: row.owner } });
  }
  await createContact(
    ctx,
    ids.a!,
    { firstName: "Pat", lastName: "Primary", email: `${uniq("pat")}@example.test` },
    { makePrimary: true },
  );
  // "c" was created last month; "d" has never had activity, "a" the oldest, "e" the newest.
  await db.customer.update({ where: { id: ids.c! }, data: { createdAt: lastMonth } });
  const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  const activityAt = { a: at(300), b: at(200), c: at(100), d: null, e: at(10) };
  for (const [key, date] of Object.entries(activityAt)) {
    await db.customer.update({ where: { id: ids[key]! }, data: { lastActivityAt: date } });
  }
});

const params = (record: SearchParamsRecord) => parseCustomerListParams({ q: prefix, perPage: "100", ...record });
const names = async (record: SearchParamsRecord) =>
  (await listCustomers(ctx, params(record))).rows.map((row) => row.name.slice(prefix.length + 1));

describe("getCustomerStats", () => {
  it.each<[string, () => SearchParamsRecord]>([
    ["no filter", () => ({})],
    ["a status", () => ({ status: "active" })],
    ["a tier and no tier", () => ({ tier: `${tiers.gold},none` })],
    ["a tag", () => ({ tag: "vip" })],
    ["an owner", () => ({ owner: "none" })],
    ["archived included", () => ({ archived: "include" })],
    ["no search", () => ({ q: "" })],
  ])("agrees with the list for %s", async (_label, record) => {
    const [stats, list] = await Promise.all([
      getCustomerStats(ctx, params(record())),
      listCustomers(ctx, params(record())),
    ]);
    expect(stats.total).toBe(list.total);
    if (list.total > 100) return;
    const rows = list.rows;
    for (const status of ["active", "inactive", "suspended", "blocked"] as const) {
      expect(stats.byStatus[status]).toBe(rows.filter((row) => row.status === status).length);
    }
    for (const tier of stats.byTier) {
      expect(tier.count).toBe(rows.filter((row) => (row.tier?.id ?? null) === tier.id).length);
    }
    expect(stats.newThisMonth).toBe(rows.filter((row) => row.createdAt >= startOfMonthIn(new Date(), "UTC")).length);
  });

  it("counts by status and tier (every tier listed, highest first, then no tier) and new this month", async () => {
    const stats = await getCustomerStats(ctx, params({}));
    expect(stats).toMatchObject({
      total: 5,
      byStatus: { active: 2, inactive: 1, suspended: 1, blocked: 1 },
      newThisMonth: 4,
    });
    expect(stats.byTier.map((tier) => [tier.name, tier.count])).toEqual([
      ["Gold", 2],
      ["Silver", 1],
      ["No tier", 2],
    ]);
    const narrowed = await getCustomerStats(ctx, params({ status: "active" }));
    expect(narrowed.byTier.map((tier) => tier.count)).toEqual([1, 1, 0]);
  });

  it("counts nothing of another organization", async () => {
    const other = (await makeOrgWithRoles()).ctx.manager;
    expect((await getCustomerStats(other, params({}))).total).toBe(0);
  });
});

describe("listCustomers sorting by the new columns", () => {
  it("sorts by tier level (highest first), customers without a tier last either way, then by name", async () => {
    expect(await names({ sort: "tier" })).toEqual(["b", "d", "a", "c", "e"]);
    expect(await names({ sort: "-tier" })).toEqual(["a", "b", "d", "c", "e"]);
  });

  it("sorts by owner name, unowned last", async () => {
    expect(await names({ sort: "owner" })).toEqual(["b", "e", "a", "d", "c"]);
    expect(await names({ sort: "-owner" })).toEqual(["a", "d", "b", "e", "c"]);
  });

  it("sorts by last activity, never-active counting as the oldest", async () => {
    expect(await names({ sort: "lastActivity" })).toEqual(["d", "a", "b", "c", "e"]);
    expect(await names({ sort: "-lastActivity" })).toEqual(["e", "c", "b", "a", "d"]);
  });

  it("sorts the same without a search term (the indexed path) and pages", async () => {
    const page1 = await listCustomers(ctx, parseCustomerListParams({ sort: "-lastActivity", perPage: "25" }));
    const all = page1.rows.map((row) => row.name.slice(prefix.length + 1));
    expect(all.slice(0, 5)).toEqual(["e", "c", "b", "a", "d"]);
    const byOwner = await listCustomers(ctx, parseCustomerListParams({ sort: "owner" }));
    expect(byOwner.rows.map((row) => row.owner?.name ?? null)).toEqual([
      "Adam Abbott",
      "Adam Abbott",
      "Zoe Zimmer",
      "Zoe Zimmer",
      null,
    ]);
  });

  it.each(["tier", "-tier", "owner", "-owner", "lastActivity", "-lastActivity"])(
    "sorts by %s the same with and without a search term, page after page",
    async (sort) => {
      const searched = await names({ sort });
      const unsearched = (await listCustomers(ctx, parseCustomerListParams({ sort, perPage: "100" }))).rows;
      expect(unsearched.map((row) => row.name.slice(prefix.length + 1))).toEqual(searched);
      // Small pages (the UI offers 25 and up) walk the same order across tier/owner groups.
      const paged: string[] = [];
      for (const page of [1, 2, 3]) {
        const perPage = 2 as unknown as CustomerListParams["perPage"];
        const params: CustomerListParams = { ...parseCustomerListParams({ sort, page: String(page) }), perPage };
        paged.push(...(await listCustomers(ctx, params)).rows.map((row) => row.id));
      }
      expect(paged).toEqual(unsearched.map((row) => row.id));
    },
  );

  it("looks up primary contacts only while their column is shown", async () => {
    const shown = await listCustomers(ctx, params({ cols: "name,primaryContact" }));
    expect(shown.rows.find((row) => row.id === ids.a)?.primaryContact).toMatchObject({
      firstName: "Pat",
      lastName: "Primary",
    });
    const hidden = await listCustomers(ctx, params({ cols: "name,status" }));
    expect(hidden.rows.every((row) => row.primaryContact === null)).toBe(true);
  });
});

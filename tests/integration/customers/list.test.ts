// listCustomers: search, filters, sorting, pagination and organization scoping; listCustomerTags.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { archiveCustomer } from "@/lib/customers/mutations";
import { customerSortColumns } from "@/lib/customers/options";
import { listCustomers, listCustomerTags } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import type { CustomerInput } from "@/lib/customers/schemas";
import type { SearchParamsRecord } from "@/lib/list-params";
import { makeCustomer, makeOrgWithRoles } from "@/tests/factories";

let ctx: Ctx;
let other: Ctx;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const org = await makeOrgWithRoles();
  ctx = org.ctx.manager;
  ({ staff: other } = await makeOrgWithRoles());
  const fixtures: Record<string, CustomerInput> = {
    zurich: {
      name: "Zürich Air",
      displayName: "ZRH Ops",
      accountNumber: "ZA-9001",
      email: "ops@zurich.test",
      phone: "+1 (212) 555-0101",
      city: "Zürich",
      country: "CH",
      tags: ["VIP", "Charter"],
    },
    acme: {
      name: "Acme Aviation",
      accountNumber: "AC-100",
      email: "fleet@acme.test",
      phone: "+44 20 7946 0958",
      status: "inactive",
      country: "GB",
      tags: ["vip"],
    },
    jane: {
      kind: "person",
      firstName: "Jane",
      lastName: "Doe",
      email: "jane@doe.test",
      phone: "+1 415 555 2671",
      status: "suspended",
      tags: ["Fleet"],
    },
    percent: { name: "100% Parts_Co", status: "blocked" },
    archived: { name: "Old Hangar", tags: ["Retired"] },
  };
  for (const [key, input] of Object.entries(fixtures)) ids[key] = (await makeCustomer(ctx, input)).id;
  await archiveCustomer(ctx, ids.archived!);
  await makeCustomer(other, { name: "Zürich Other Org", tags: ["Elsewhere"] });
});

async function list(params: SearchParamsRecord) {
  return listCustomers(ctx, parseCustomerListParams(params));
}

async function namesFor(params: SearchParamsRecord) {
  return (await list({ perPage: "100", ...params })).rows.map((row) => row.name).sort();
}

describe("listCustomers", () => {
  it("returns only the shown columns of the organization's active customers, by name", async () => {
    const result = await list({});
    expect(result).toMatchObject({ total: 4, pageCount: 1, page: 1, perPage: 25 });
    expect(result.rows.map((r) => r.name)).toEqual(["100% Parts_Co", "Acme Aviation", "Jane Doe", "Zürich Air"]);
    expect(Object.keys(result.rows[0]!).sort()).toEqual([
      ...["accountNumber", "archivedAt", "city", "country", "createdAt", "customerSince", "displayName", "email"],
      ...["id", "kind", "lastActivityAt", "masked", "matchedAsset", "name", "owner", "phone", "primaryContact"],
      "status",
      ...["tags", "tier"],
      "updatedAt",
    ]);
  });

  it.each([
    ["zurich", ["Zürich Air"]],
    ["ZÜRICH", ["Zürich Air"]],
    ["  aviation ", ["Acme Aviation"]],
    ["zrh", ["Zürich Air"]],
    ["za-9001", ["Zürich Air"]],
    ["fleet@acme", ["Acme Aviation"]],
    ["doe", ["Jane Doe"]],
    ["555 0101", ["Zürich Air"]],
    ["(212) 555-01", ["Zürich Air"]],
    ["+1 415", ["Jane Doe"]],
    ["020 7946", ["Acme Aviation"]],
    ["100%", ["100% Parts_Co"]],
    ["zur_ch", []],
    // One or two characters match the start of a name only.
    ["%", []],
    ["10", ["100% Parts_Co"]],
    ["nothing matches", []],
  ])("search %j finds %j", async (q, expected) => {
    expect(await namesFor({ q })).toEqual(expected);
  });

  it("filters by status, kind and tag (any of several)", async () => {
    expect(await namesFor({ status: "inactive,suspended" })).toEqual(["Acme Aviation", "Jane Doe"]);
    expect(await namesFor({ status: ["blocked", "bogus"] })).toEqual(["100% Parts_Co"]);
    expect(await namesFor({ kind: "person" })).toEqual(["Jane Doe"]);
    expect(await namesFor({ kind: "company", status: "active" })).toEqual(["Zürich Air"]);
    expect(await namesFor({ tag: "VIP" })).toEqual(["Zürich Air"]);
    expect(await namesFor({ tag: ["vip", "Fleet"] })).toEqual(["Acme Aviation", "Jane Doe"]);
  });

  it("excludes archived customers by default, or includes or shows only them", async () => {
    expect(await namesFor({ archived: "bogus" })).not.toContain("Old Hangar");
    expect(await namesFor({ archived: "include" })).toContain("Old Hangar");
    expect(await namesFor({ archived: "only" })).toEqual(["Old Hangar"]);
    const [row] = (await list({ archived: "only" })).rows;
    expect(row?.archivedAt).toBeInstanceOf(Date);
  });

  it("pages with a total and page count, clamping perPage", async () => {
    const first = await list({ perPage: "25", page: "1", archived: "include" });
    expect(first).toMatchObject({ total: 5, pageCount: 1, perPage: 25 });
    const clamped = await list({ perPage: "1000" });
    expect(clamped.perPage).toBe(100);
    const fallback = await list({ perPage: "7", page: "zero" });
    expect(fallback).toMatchObject({ perPage: 25, page: 1 });
    const beyond = await list({ page: "3" });
    expect(beyond).toMatchObject({ rows: [], total: 4, page: 3, pageCount: 1 });
  });

  it("never shows another organization's customers or tags", async () => {
    expect(await namesFor({ q: "other org" })).toEqual([]);
    expect((await listCustomers(other, parseCustomerListParams({}))).rows.map((r) => r.name)).toEqual([
      "Zürich Other Org",
    ]);
    expect(await listCustomerTags(ctx)).toEqual(["Charter", "Fleet", "Retired", "VIP", "vip"]);
    expect(await listCustomerTags(other)).toEqual(["Elsewhere"]);
  });
});

describe("listCustomers pagination over many rows", () => {
  it("splits 60 customers into stable pages without overlap", async () => {
    const { staff } = await makeOrgWithRoles();
    // Ten at a time: sixty transactions at once wait past the pool's limit on a busy machine.
    for (let start = 0; start < 60; start += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          makeCustomer(staff, { name: "Same name", accountNumber: `P-${start + i}` }),
        ),
      );
    }
    const pages = await Promise.all(
      [1, 2, 3].map((page) => listCustomers(staff, parseCustomerListParams({ page: String(page), perPage: "25" }))),
    );
    expect(pages.map((p) => p.rows.length)).toEqual([25, 25, 10]);
    expect(pages[0]).toMatchObject({ total: 60, pageCount: 3 });
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.id))).size).toBe(60);
    const fifty = await listCustomers(staff, parseCustomerListParams({ perPage: "50", page: "2" }));
    expect(fifty).toMatchObject({ pageCount: 2, perPage: 50 });
    expect(fifty.rows).toHaveLength(10);
  });
});

describe("listCustomers sorting", () => {
  let sortCtx: Ctx;
  const order: Record<string, string[]> = {};

  beforeAll(async () => {
    ({ staff: sortCtx } = await makeOrgWithRoles());
    // Three customers whose values increase together in every sortable column.
    const inputs: CustomerInput[] = [
      {
        name: "alpha",
        displayName: "delta",
        accountNumber: "a-1",
        email: "a@x.test",
        city: "amsterdam",
        country: "AT",
        customerSince: "2001-01-01",
      },
      {
        name: "Bravo",
        displayName: "Echo",
        accountNumber: "B-2",
        email: "b@x.test",
        city: "Berlin",
        country: "BE",
        customerSince: "2002-02-02",
      },
      {
        name: "charlie",
        displayName: "foxtrot",
        accountNumber: "c-3",
        email: "c@x.test",
        city: "cairo",
        country: "CA",
        customerSince: "2003-03-03",
      },
    ].map((input, i) => ({
      ...input,
      kind: i < 2 ? "company" : "person",
      status: (["active", "inactive", "blocked"] as const)[i],
      phone: `+1212555010${i + 1}`,
    }));
    const created = [];
    for (const input of inputs) created.push(await makeCustomer(sortCtx, input));
    for (const [i, customer] of created.entries()) {
      const at = new Date(Date.UTC(2024, 0, 1 + i));
      await db.customer.update({ where: { id: customer.id }, data: { createdAt: at, updatedAt: at } });
    }
    order.asc = created.map((c) => c.id);
    // Both companies tie on kind, so the id tiebreaker decides their order.
    order.kind = [
      ...created
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
      created[2]!.id,
    ];
  });

  // Tier, owner and last activity sort through lookups: list-stats.test.ts covers them.
  const plainColumns = customerSortColumns.filter((column) => !["lastActivity", "tier", "owner"].includes(column));
  it.each(plainColumns)("sorts by %s ascending and descending", async (column) => {
    const idsFor = async (sort: string) =>
      (await listCustomers(sortCtx, parseCustomerListParams({ sort }))).rows.map((r) => r.id);
    const expected = order[column] ?? order.asc!;
    expect(await idsFor(column)).toEqual(expected);
    expect(await idsFor(`-${column}`)).toEqual([...expected].reverse());
  });

  it("falls back to name for an unknown sort column", async () => {
    const rows = (await listCustomers(sortCtx, parseCustomerListParams({ sort: "-searchText" }))).rows;
    expect(rows.map((r) => r.id)).toEqual(order.asc);
  });
});

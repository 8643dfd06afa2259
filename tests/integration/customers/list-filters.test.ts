// The customer list's advanced filters on a real database: day ranges in the organization's time zone (a
// day's edges and a daylight-saving day), tags any/all, open work orders, current asset links (former links
// and archived assets do not count), combinations, other organizations' rows, and the same set in the stats,
// the export, bulk "all matching", and REST GET vs POST /customers/search.
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/customers/route";
import * as search from "@/app/api/v1/customers/search/route";
import type { Ctx } from "@/lib/auth/context";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { listCustomers } from "@/lib/customers/queries";
import { getCustomerStats } from "@/lib/customers/stats";
import { db } from "@/lib/db";
import { call, makeApiKey } from "@/tests/support/api";
import {
  ctxFor,
  makeAssetLinkRow,
  makeAssetRow,
  makeCustomer,
  makeOrg,
  makeServiceCenter,
  makeUser,
  uniq,
} from "@/tests/factories";
import { exportCsv, columnOf } from "../customer-export/helpers";
import { run } from "../customer-bulk/helpers";

let staff: Ctx;
let key: string;
const names = ["Alpha", "Bravo", "Charlie", "Delta"] as const;
type Name = (typeof names)[number];
const ids = {} as Record<Name, string>;

async function makeWorkOrder(
  ctx: Ctx,
  customerId: string,
  status: "open" | "completed" | "void" | "created",
  type: "work_order" | "quote" = "work_order",
) {
  const [center, asset] = await Promise.all([makeServiceCenter(ctx.orgId), makeAssetRow(ctx.orgId)]);
  return db.workOrder.create({
    data: {
      organizationId: ctx.orgId,
      serviceCenterId: center.id,
      number: uniq("WO-"),
      sequence: 1,
      status,
      type,
      assetId: asset.id,
      customerId,
    },
  });
}

async function link(ctx: Ctx, customerId: string, kind: "aircraft" | "vehicle", status: "current" | "former") {
  const asset = await makeAssetRow(ctx.orgId, { kind });
  await makeAssetLinkRow(ctx.orgId, asset.id, customerId, { status });
  return asset;
}

beforeAll(async () => {
  // Chicago: UTC-6 in winter; on 2026-03-08 clocks jump from 02:00 to 03:00 (the day is 23 hours long).
  const org = await makeOrg({ defaultTimeZone: "America/Chicago" });
  staff = ctxFor(org.id, (await makeUser(org.id, "staff")).id, "staff");
  key = await makeApiKey(org.id, "viewer");
  const tags: Record<Name, string[]> = { Alpha: ["vip", "fleet"], Bravo: ["vip"], Charlie: ["fleet"], Delta: [] };
  for (const name of names) ids[name] = (await makeCustomer(staff, { name: `${name} Air`, tags: tags[name] })).id;
  const at = (iso: string) => new Date(iso);
  const dates: Record<Name, [Date, Date | null]> = {
    // Created 2026-01-09 23:59 in Chicago (already the 10th in UTC); active 2026-03-08 23:30 CDT.
    Alpha: [at("2026-01-10T05:59:00Z"), at("2026-03-09T04:30:00Z")],
    // Created 2026-01-10 00:00 in Chicago; active 2026-03-09 00:00 CDT (the next day).
    Bravo: [at("2026-01-10T06:00:00Z"), at("2026-03-09T05:00:00Z")],
    // Created 2026-01-31 23:59 in Chicago; active 2026-03-07 23:59 CST (the day before).
    Charlie: [at("2026-02-01T05:59:00Z"), at("2026-03-08T05:59:00Z")],
    Delta: [at("2026-02-01T06:00:00Z"), null],
  };
  for (const name of names) {
    const [createdAt, lastActivityAt] = dates[name];
    await db.customer.update({ where: { id: ids[name] }, data: { createdAt, lastActivityAt } });
  }
  await link(staff, ids.Alpha, "aircraft", "current");
  await link(staff, ids.Bravo, "vehicle", "current");
  await link(staff, ids.Charlie, "aircraft", "former");
  const archived = await link(staff, ids.Charlie, "vehicle", "current");
  await db.asset.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  await makeWorkOrder(staff, ids.Alpha, "open");
  await makeWorkOrder(staff, ids.Alpha, "completed");
  await makeWorkOrder(staff, ids.Bravo, "completed");
  await makeWorkOrder(staff, ids.Charlie, "void");
  await makeWorkOrder(staff, ids.Delta, "created", "quote");

  // Rows of another organization naming this one's customers must not count for them.
  const other = await makeOrg();
  const outsider = ctxFor(other.id, null, "admin");
  await makeWorkOrder(outsider, ids.Charlie, "open");
  await link(outsider, ids.Delta, "aircraft", "current");
  const foreign = await makeCustomer(outsider, { name: "Echo Air", tags: ["vip", "fleet"] });
  await link(outsider, foreign.id, "aircraft", "current");
  await makeWorkOrder(outsider, foreign.id, "open");
});

const namesOf = async (query: Record<string, string>) =>
  (await listCustomers(staff, parseCustomerListParams({ perPage: "100", ...query }))).rows.map((row) =>
    row.name.replace(" Air", ""),
  );

describe("customer list filters", () => {
  it("created date ranges are whole days in the organization's time zone", async () => {
    expect(await namesOf({ createdTo: "2026-01-09" })).toEqual(["Alpha"]);
    expect(await namesOf({ createdFrom: "2026-01-10" })).toEqual(["Bravo", "Charlie", "Delta"]);
    expect(await namesOf({ createdFrom: "2026-01-10", createdTo: "2026-01-31" })).toEqual(["Bravo", "Charlie"]);
    expect(await namesOf({ createdFrom: "2026-02-01", createdTo: "2026-02-01" })).toEqual(["Delta"]);
    expect(await namesOf({ createdFrom: "2026-02-02" })).toEqual([]);
  });

  it("last-activity ranges count a daylight-saving day from its midnight to the next (never-active customers never match)", async () => {
    expect(await namesOf({ activityFrom: "2026-03-08", activityTo: "2026-03-08" })).toEqual(["Alpha"]);
    expect(await namesOf({ activityFrom: "2026-03-08" })).toEqual(["Alpha", "Bravo"]);
    expect(await namesOf({ activityTo: "2026-03-08" })).toEqual(["Alpha", "Charlie"]);
  });

  it("tags match any of the given tags, or all of them", async () => {
    expect(await namesOf({ tag: "vip,fleet" })).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(await namesOf({ tag: "vip,fleet", tagMode: "all" })).toEqual(["Alpha"]);
    expect(await namesOf({ tag: "vip", tagMode: "all" })).toEqual(["Alpha", "Bravo"]);
    expect(await namesOf({ tag: "vip,nobody", tagMode: "all" })).toEqual([]);
  });

  it("open work orders: not completed or void, quotes included", async () => {
    expect(await namesOf({ openWorkOrders: "yes" })).toEqual(["Alpha", "Delta"]);
    expect(await namesOf({ openWorkOrders: "no" })).toEqual(["Bravo", "Charlie"]);
  });

  it("assets of a kind: current links to assets that are not archived", async () => {
    expect(await namesOf({ asset: "aircraft" })).toEqual(["Alpha"]);
    expect(await namesOf({ asset: "vehicle" })).toEqual(["Bravo"]);
    expect(await namesOf({ asset: "any" })).toEqual(["Alpha", "Bravo"]);
    expect(await namesOf({ asset: "none" })).toEqual(["Charlie", "Delta"]);
  });

  it("combines with each other, the search, the sort and the older filters", async () => {
    const query = { asset: "aircraft", openWorkOrders: "yes", tag: "vip", createdTo: "2026-01-31" };
    expect(await namesOf(query)).toEqual(["Alpha"]);
    expect(await namesOf({ asset: "none", openWorkOrders: "yes" })).toEqual(["Delta"]);
    expect(await namesOf({ openWorkOrders: "no", sort: "-name" })).toEqual(["Charlie", "Bravo"]);
    expect(await namesOf({ openWorkOrders: "no", q: "charl" })).toEqual(["Charlie"]);
    expect(await namesOf({ asset: "any", status: "inactive" })).toEqual([]);
    expect(await namesOf({ asset: "any", sort: "owner" })).toEqual(["Alpha", "Bravo"]);
  });

  it("the stat cards count exactly the filtered rows", async () => {
    const stats = await getCustomerStats(staff, parseCustomerListParams({ openWorkOrders: "no", tag: "fleet" }));
    expect(stats.total).toBe(1);
  });
});

describe("the export and bulk actions honour the filters", () => {
  it("exports only the customers the filters match", async () => {
    const { header, rows } = await exportCsv(staff, { asset: "any", createdFrom: "2026-01-10", columns: "name" });
    expect(columnOf(header, rows, "Name")).toEqual(["Bravo Air"]);
  });

  it("a bulk action on all matching changes only them", async () => {
    const marker = uniq("bulk-");
    const result = await run(staff, {
      action: "addTags",
      params: { tags: [marker] },
      filter: { openWorkOrders: "no", activityTo: "2026-03-08" },
    });
    expect(result).toMatchObject({ total: 1, updated: 1 });
    expect(await namesOf({ tag: marker })).toEqual(["Charlie"]);
  });
});

describe("REST: GET /customers and POST /customers/search", () => {
  const get = (query: string) => call(collection.GET, "GET", `/api/v1/customers?${query}`, { key });
  const post = (body: unknown) => call(search.POST, "POST", "/api/v1/customers/search", { key, body });

  it("answer the same for the same filters", async () => {
    const cases: [string, Record<string, unknown>][] = [
      ["", {}],
      ["asset=aircraft&openWorkOrders=yes", { asset: "aircraft", openWorkOrders: "yes" }],
      ["tag=vip,fleet&tagMode=all&sort=-name", { tag: ["vip", "fleet"], tagMode: "all", sort: "-name" }],
      [
        "createdFrom=2026-01-10&createdTo=2026-01-31&perPage=50",
        { createdFrom: "2026-01-10", createdTo: "2026-01-31", perPage: 50 },
      ],
      ["asset=none&page=2&perPage=25", { asset: "none", page: 2, perPage: 25 }],
    ];
    for (const [query, body] of cases) {
      const [listed, searched] = await Promise.all([get(query), post(body)]);
      expect(listed.status).toBe(200);
      expect(searched.status).toBe(200);
      expect(searched.json).toEqual(listed.json);
    }
    expect((await post({ asset: "aircraft" })).json.data.map((row: { id: string }) => row.id)).toEqual([ids.Alpha]);
  });

  it("POST refuses bad filters with a 422 naming the field (the URL falls back to the default instead)", async () => {
    const reversed = await post({ createdFrom: "2026-02-01", createdTo: "2026-01-01" });
    expect(reversed.status).toBe(422);
    expect(reversed.json.error.code).toBe("VALIDATION");
    expect(reversed.json.error.details.createdTo[0]).toMatch(/on or after/);
    const unknown = await post({ asset: "boat", colour: "red" });
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.json.error.details).sort()).toEqual(["_form", "asset"]);
    expect((await get("asset=boat")).json.meta.total).toBe(4);
    const notJson = await call(search.POST, "POST", "/api/v1/customers/search", {
      key,
      rawBody: "{",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.status).toBe(400);
  });
});

// List totals under load (lib/list-total.ts): exact up to the cap, "10,000+" past it, the planner's
// estimate when it expects far more, never an estimate passed off as exact; pages stop at the cap.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db, Prisma } from "@/lib/db";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { plainCountStatements } from "@/lib/customers/search-page";
import { listAssets } from "@/lib/assets/queries";
import { parseAssetListParams } from "@/lib/assets/list-params";
import { listWorkOrders } from "@/lib/work-orders/queries";
import { parseWorkOrderListParams } from "@/lib/work-orders/list-params";
import { LIST_COUNT_CAP, runListTotal, settleListTotal, type ListTotal, type RunSql } from "@/lib/list-total";
import * as customersRoute from "@/app/api/v1/customers/route";
import { makeCustomer, makeOrgWithRoles } from "@/tests/factories";
import { call, makeApiKey } from "@/tests/support/api";

let big: Ctx;
let small: Ctx;
const ACTIVE = 5_000;
const INACTIVE = LIST_COUNT_CAP + 1_000;

beforeAll(async () => {
  ({
    ctx: { manager: big },
  } = await makeOrgWithRoles());
  ({
    ctx: { manager: small },
  } = await makeOrgWithRoles());
  await db.$executeRaw`
    INSERT INTO customer (id, organization_id, name, search_text, status, updated_at)
    SELECT gen_random_uuid(), ${big.orgId}, 'Load ' || lpad(n::text, 5, '0'), 'load ' || lpad(n::text, 5, '0'),
      (CASE WHEN n <= ${ACTIVE} THEN 'active' ELSE 'inactive' END)::customer_status, now()
    FROM generate_series(1, ${ACTIVE + INACTIVE}) AS n`;
  for (const name of ["Small One", "Small Two", "Small Three"]) await makeCustomer(small, { name });
  // Statistics as a long-running database has them: the planner knows the big organization's size.
  await db.$executeRaw`ANALYZE customer`;
}, 120_000);

const list = (ctx: Ctx, query: Record<string, string> = {}) => listCustomers(ctx, parseCustomerListParams(query));

/** A total is exact only when neither flag says otherwise, and never both capped and estimated. */
function expectHonest(result: ListTotal, actual: number) {
  expect(result.totalCapped && result.totalEstimated).toBe(false);
  if (!result.totalCapped && !result.totalEstimated) expect(result.total).toBe(actual);
  if (result.totalCapped) expect(result.total).toBeLessThan(actual);
}

describe("the customer list's total with the planner's real estimates", () => {
  it("shows the estimate of a list far past the cap and reaches only the cap's pages", async () => {
    const result = await list(big);
    expect(result).toMatchObject({ totalEstimated: true, totalCapped: false, pageCount: LIST_COUNT_CAP / 25 });
    expect(result.rows).toHaveLength(25);
    // ANALYZE samples: the estimate is near the real size, and says so.
    expect(result.total).toBeGreaterThan(1.5 * LIST_COUNT_CAP);
    expect(result.total).toBeLessThan(2 * (ACTIVE + INACTIVE));
    expectHonest(result, ACTIVE + INACTIVE);
  });

  it("counts up to the cap when the planner expects about the cap", async () => {
    const result = await list(big, { status: "inactive" });
    expect(result).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: true, totalEstimated: false });
    expectHonest(result, INACTIVE);
  });

  it("counts exactly below the cap, with a filter and a sort", async () => {
    const result = await list(big, { status: "active", sort: "-updatedAt", page: "3" });
    expect(result).toMatchObject({ total: ACTIVE, totalCapped: false, totalEstimated: false, pageCount: ACTIVE / 25 });
    expect(result.rows).toHaveLength(25);
    expect(await list(small)).toMatchObject({ total: 3, totalCapped: false, totalEstimated: false });
  });

  it("answers the last reachable page and nothing past it", async () => {
    const last = await list(big, { sort: "-updatedAt", page: String(LIST_COUNT_CAP / 25) });
    expect(last.rows).toHaveLength(25);
    const past = await list(big, { sort: "-updatedAt", page: String(LIST_COUNT_CAP / 25 + 1) });
    expect(past.rows).toEqual([]);
    expect(past.totalEstimated).toBe(true);
  });
});

describe("the REST list", () => {
  it("says when its total is an estimate or a lower bound (and matches the OpenAPI document)", async () => {
    const key = await makeApiKey(big.orgId, "viewer");
    const get = (query: string) => call(customersRoute.GET, "GET", `/api/v1/customers${query}`, { key });
    const estimated = await get("?sort=-updatedAt&page=3");
    expect(estimated.status).toBe(200);
    expect(estimated.json.meta).toMatchObject({ totalEstimated: true, totalCapped: false, pageCount: 400 });
    expect(estimated.json.data).toHaveLength(25);
    const capped = await get("?status=inactive");
    expect(capped.json.meta).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: true, totalEstimated: false });
    const exact = await get("?status=active");
    expect(exact.json.meta).toMatchObject({ total: ACTIVE, totalCapped: false, totalEstimated: false });
  });
});

describe("forced estimates", () => {
  /** The list's count statements with the planner's estimate replaced by `rows`, and the statements run. */
  function withEstimate(ctx: Ctx, query: Record<string, string>, rows: number) {
    const counting = plainCountStatements(ctx, parseCustomerListParams(query));
    const statements = {
      ...counting,
      estimate: Prisma.sql`SELECT ${JSON.stringify([{ Plan: { "Plan Rows": rows } }])}::text AS "QUERY PLAN"`,
    };
    const ran: string[] = [];
    const run: RunSql = (statement) => {
      ran.push(statement === statements.count ? "count" : "estimate");
      return db.$queryRaw(statement);
    };
    return { statements, run, ran };
  }

  it("takes a large estimate without counting, and keeps it while pages come back full", async () => {
    const { statements, run, ran } = withEstimate(big, { status: "active" }, 1_200_000);
    const total = await runListTotal(run, statements);
    expect(total).toEqual({ total: 1_200_000, totalCapped: false, totalEstimated: true });
    expect(ran).toEqual(["estimate"]);
    expect(await settleListTotal(run, statements, total, { page: 3, perPage: 25, rows: 25 })).toBe(total);
    expect(ran).toEqual(["estimate"]);
  });

  it("turns an overestimate exact when its page comes back short or empty", async () => {
    const { statements, run, ran } = withEstimate(big, { status: "active" }, 1_200_000);
    const total = await runListTotal(run, statements);
    expect(await settleListTotal(run, statements, total, { page: 200, perPage: 25, rows: 10 })).toEqual({
      total: 199 * 25 + 10,
      totalCapped: false,
      totalEstimated: false,
    });
    expect(await settleListTotal(run, statements, total, { page: 300, perPage: 25, rows: 0 })).toEqual({
      total: ACTIVE,
      totalCapped: false,
      totalEstimated: false,
    });
    expect(ran).toEqual(["estimate", "count"]);
    // A page past the reachable rows was never read: the estimate stands, labelled as one.
    expect(await settleListTotal(run, statements, total, { page: 401, perPage: 25, rows: 0 })).toBe(total);
  });

  it("counts an underestimate up to the cap and says so", async () => {
    const { statements, run, ran } = withEstimate(big, { status: "inactive" }, 10);
    const total = await runListTotal(run, statements);
    expect(ran).toEqual(["estimate", "count"]);
    expect(total).toEqual({ total: LIST_COUNT_CAP, totalCapped: true, totalEstimated: false });
    expectHonest(total, INACTIVE);
  });

  it("counts a small list exactly", async () => {
    const { statements, run } = withEstimate(small, {}, 10);
    expect(await runListTotal(run, statements)).toEqual({ total: 3, totalCapped: false, totalEstimated: false });
  });
});

describe("aircraft, vehicles and work orders", () => {
  it("count exactly below the cap, and answer no page past it", async () => {
    const assets = await listAssets(small, parseAssetListParams({}, "aircraft"));
    expect(assets).toMatchObject({ total: 0, totalCapped: false, totalEstimated: false, pageCount: 0 });
    const orders = await listWorkOrders(small, parseWorkOrderListParams({ page: String(LIST_COUNT_CAP / 25 + 1) }));
    expect(orders).toMatchObject({ rows: [], totalCapped: false, totalEstimated: false });
  });
});

// The work order list: search, filters, sorting and pagination, scoped to the organization.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import type { WorkOrder } from "@/lib/generated/prisma/client";
import { createWorkOrder, updateWorkOrder } from "@/lib/work-orders/mutations";
import { listWorkOrders, listWorkOrdersForAsset, listWorkOrdersForCustomer } from "@/lib/work-orders/queries";
import { parseWorkOrderListParams } from "@/lib/work-orders/list-params";
import { makeAssetLinkRow, makeAssetRow, makeCustomer, makeOrg, makeServiceCenter } from "@/tests/factories";
import { setupShop } from "./helpers";
import { getOrgToday } from "@/lib/org-time-zone";

let ctx: Record<Role, Ctx>;
let centers: { a: string; b: string };
let workOrders: WorkOrder[];
let customerId: string;
let vehicleId: string;

const list = (params: Record<string, string>) => listWorkOrders(ctx.viewer, parseWorkOrderListParams(params));
/** The i-th work order created in beforeAll. */
function nth(i: number): WorkOrder {
  const workOrder = workOrders[i];
  if (!workOrder) throw new Error(`No work order ${i}`);
  return workOrder;
}
const numbers = (rows: { number: string }[]) => rows.map((row) => row.number);

beforeAll(async () => {
  const shop = await setupShop();
  ctx = shop.ctx;
  const b = await makeServiceCenter(shop.org.id);
  centers = { a: shop.center.id, b: b.id };
  const aircraft = await makeAssetRow(shop.org.id, { registration: "N77ZQ", make: "Piper", model: "Seneca" });
  const vehicle = await makeAssetRow(shop.org.id, { kind: "vehicle", make: "Ford", model: "Transit" });
  vehicleId = vehicle.id;
  const customer = await makeCustomer(ctx.staff, { name: "Zürich Air Charter" });
  customerId = customer.id;
  await makeAssetLinkRow(shop.org.id, aircraft.id, customer.id, { isPrimary: true });
  workOrders = [];
  // Sequential, so createdAt and numbers follow this order.
  for (const [center, assetId, priority] of [
    [centers.a, aircraft.id, "low"],
    [centers.a, vehicle.id, "urgent"],
    [centers.b, aircraft.id, "normal"],
    [centers.b, vehicle.id, "high"],
  ] as const) {
    const withoutCustomer = assetId === vehicle.id;
    workOrders.push(await createWorkOrder(ctx.staff, { serviceCenterId: center, assetId, priority, withoutCustomer }));
  }
  await updateWorkOrder(ctx.staff, nth(1).id, { status: "in_progress", dueDate: "2026-05-01" });
  await updateWorkOrder(ctx.staff, nth(3).id, { status: "completed", dueDate: "2026-04-01" });
});

describe("listing work orders", () => {
  it("lists newest first by default with only the shown columns", async () => {
    const result = await list({});
    expect(result.total).toBe(4);
    expect(numbers(result.rows)).toEqual(numbers([...workOrders].reverse()));
    const row = result.rows.find((r) => r.id === nth(0).id);
    expect(row?.asset).toMatchObject({ registration: "N77ZQ", kind: "aircraft" });
    expect(row?.customer).toEqual({ id: customerId, name: "Zürich Air Charter" });
    expect(row).not.toHaveProperty("searchText");
  });

  it("searches by number, registration, make and customer name (accents and case ignored)", async () => {
    expect(numbers((await list({ q: nth(2).number.toLowerCase() })).rows)).toEqual([nth(2).number]);
    expect((await list({ q: "n77z" })).total).toBe(2);
    expect((await list({ q: "TRANSIT" })).total).toBe(2);
    expect((await list({ q: "zurich air" })).total).toBe(2);
    expect((await list({ q: "100%" })).total).toBe(0);
  });

  it("filters by status (several), customer, asset and service center", async () => {
    expect((await list({ status: "in_progress,completed" })).total).toBe(2);
    expect((await list({ status: "created" })).total).toBe(2);
    expect((await list({ customerId })).total).toBe(2);
    expect((await list({ assetId: vehicleId })).total).toBe(2);
    expect((await list({ serviceCenterId: centers.b, status: "completed" })).total).toBe(1);
    expect((await listWorkOrdersForAsset(ctx.viewer, vehicleId)).total).toBe(2);
    expect((await listWorkOrdersForCustomer(ctx.viewer, customerId)).total).toBe(2);
  });

  it("sorts by priority, due date, status and number in both directions", async () => {
    expect((await list({ sort: "-priority" })).rows.map((r) => r.priority)).toEqual([
      "urgent",
      "high",
      "normal",
      "low",
    ]);
    expect((await list({ sort: "dueDate" })).rows.slice(0, 2).map((r) => r.id)).toEqual([nth(3).id, nth(1).id]);
    expect((await list({ sort: "-status" })).rows.map((r) => r.status)[0]).toBe("completed");
    const byNumber = numbers((await list({ sort: "number" })).rows);
    expect(byNumber).toEqual([...byNumber].sort());
  });

  it("paginates and falls back to defaults for bad params", async () => {
    const params = parseWorkOrderListParams({
      perPage: "7",
      page: "x",
      sort: "bogus",
      status: "nope",
      customerId: "1 OR 1=1",
    });
    expect(params).toMatchObject({
      perPage: 25,
      page: 1,
      sort: { column: "createdAt", direction: "desc" },
      status: [],
      customerId: [],
    });
    const onlyPage = await list({ page: "2" });
    expect(onlyPage).toMatchObject({ total: 4, pageCount: 1, page: 2, rows: [] });
  });

  it("says which day is today in the organization's zone, for the overdue mark", async () => {
    const { today } = await list({});
    expect(today).toBe(await getOrgToday(ctx.viewer));
    // Noon UTC on March 1 is already March 2 on Kiritimati (UTC+14).
    const noonUtc = new Date("2026-03-01T12:00:00Z");
    const kiritimati = await makeOrg({ defaultTimeZone: "Pacific/Kiritimati" });
    expect(await getOrgToday({ orgId: kiritimati.id }, noonUtc)).toBe("2026-03-02");
    const pagoPago = await makeOrg({ defaultTimeZone: "Pacific/Pago_Pago" });
    expect(await getOrgToday({ orgId: pagoPago.id }, noonUtc)).toBe("2026-03-01");
  });
});

// The customer page's quick stats, from real rows: work orders (all, open, latest) of this customer only,
// current links to live aircraft and vehicles, customer since; another organization's customer is NOT_FOUND.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { getCustomerQuickStats } from "@/lib/customers/quick-stats";
import { createWorkOrder, updateWorkOrder } from "@/lib/work-orders/mutations";
import {
  makeAssetLinkRow,
  makeAssetRow,
  makeCustomer,
  makeOrgWithOutsider,
  makeServiceCenter,
  rejectionOf,
} from "@/tests/factories";

let owner: Ctx;
let viewer: Ctx;
let outsider: Ctx;
let serviceCenterId: string;

beforeAll(async () => {
  const org = await makeOrgWithOutsider();
  ({ owner, viewer, outsider } = org);
  serviceCenterId = (await makeServiceCenter(org.org.id)).id;
});

describe("getCustomerQuickStats", () => {
  it("counts the customer's work orders, open ones, the latest, and its current live aircraft and vehicles", async () => {
    const customer = await makeCustomer(owner, { customerSince: "2019-04-01" });
    const other = await makeCustomer(owner);
    const [plane, oldPlane, archivedPlane, van] = await Promise.all([
      makeAssetRow(owner.orgId),
      makeAssetRow(owner.orgId),
      makeAssetRow(owner.orgId),
      makeAssetRow(owner.orgId, { kind: "vehicle" }),
    ]);
    await makeAssetLinkRow(owner.orgId, plane.id, customer.id, { isPrimary: true });
    await makeAssetLinkRow(owner.orgId, van.id, customer.id, { isPrimary: true });
    await makeAssetLinkRow(owner.orgId, oldPlane.id, customer.id, { status: "former" });
    await makeAssetLinkRow(owner.orgId, archivedPlane.id, customer.id, { isPrimary: true });
    await makeAssetLinkRow(owner.orgId, plane.id, other.id);
    await db.asset.update({ where: { id: archivedPlane.id }, data: { archivedAt: new Date() } });

    const first = await createWorkOrder(owner, { serviceCenterId, assetId: plane.id });
    const done = await createWorkOrder(owner, { serviceCenterId, assetId: van.id });
    await updateWorkOrder(owner, done.id, { status: "completed" });
    const latest = await createWorkOrder(owner, { serviceCenterId, assetId: plane.id, type: "quote" });
    await createWorkOrder(owner, { serviceCenterId, assetId: plane.id, customerId: other.id });
    await db.workOrder.update({ where: { id: first.id }, data: { createdAt: new Date("2025-01-01T12:00:00Z") } });

    const stats = await getCustomerQuickStats(viewer, customer.id);
    expect(stats.workOrders).toEqual({ total: 3, open: 2, lastCreatedAt: latest.createdAt });
    expect(stats.assets).toEqual({ aircraft: 1, vehicles: 1 });
    expect(stats.customerSince?.toISOString()).toBe("2019-04-01T00:00:00.000Z");
    expect(stats.createdAt).toEqual(customer.createdAt);
  });

  it("is all zeros for a new customer, and NOT_FOUND from another organization or for a bad id", async () => {
    const customer = await makeCustomer(owner);
    const stats = await getCustomerQuickStats(owner, customer.id);
    expect(stats).toMatchObject({
      workOrders: { total: 0, open: 0, lastCreatedAt: null },
      assets: { aircraft: 0, vehicles: 0 },
      customerSince: null,
    });
    expect((await rejectionOf(getCustomerQuickStats(outsider, customer.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(getCustomerQuickStats(owner, "nope"))).code).toBe("NOT_FOUND");
  });
});

// A pair of duplicate customers with one of every related record, for the merge tests.
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { createWorkOrder } from "@/lib/work-orders/mutations";
import { logActivity } from "@/lib/activity/mutations";
import { transferOwnership } from "@/lib/customers/ownership/mutations";
import {
  makeAssetLinkRow,
  makeAssetRow,
  makeContact,
  makeCustomer,
  makeImportWithErrors,
  makeOrgWithRoles,
  makeServiceCenter,
  makeUser,
  uniq,
} from "@/tests/factories";

/**
 * Survivor A and duplicate B: B has two contacts (its primary, and one whose email A's contact has too),
 * an aircraft only it flies (B primary), a vehicle both are linked to (B's link older and primary), two
 * work orders, a note, an ownership transfer, an import result, a bulk-undo row and a saved view naming it.
 */
export async function makeDuplicates() {
  const roles = await makeOrgWithRoles();
  const ctx: Ctx = roles.manager;
  const sharedEmail = `${uniq("shared-")}@example.test`;
  const a = await makeCustomer(ctx, {
    name: uniq("Acme Aviation "),
    email: `${uniq("a-")}@example.test`,
    tags: ["vip"],
  });
  const b = await makeCustomer(ctx, {
    name: uniq("ACME Aviation Inc "),
    accountNumber: uniq("ACC-"),
    phone: "+1 202 555 0142",
    tags: ["fuel", "VIP"],
  });
  const aContact = await makeContact(ctx, a.id, { email: sharedEmail });
  const bPrimary = await makeContact(ctx, b.id);
  const bDuplicate = await makeContact(ctx, b.id, { email: sharedEmail });
  const aircraft = await makeAssetRow(ctx.orgId, { kind: "aircraft" });
  const aircraftLink = await makeAssetLinkRow(ctx.orgId, aircraft.id, b.id, { isPrimary: true });
  const vehicle = await makeAssetRow(ctx.orgId, { kind: "vehicle" });
  const bVehicleLink = await db.assetCustomer.create({
    data: {
      organizationId: ctx.orgId,
      assetId: vehicle.id,
      customerId: b.id,
      isPrimary: true,
      since: new Date("2019-04-01T00:00:00Z"),
      createdAt: new Date("2020-01-01T00:00:00Z"),
    },
  });
  const aVehicleLink = await makeAssetLinkRow(ctx.orgId, vehicle.id, a.id, { status: "former" });
  const center = await makeServiceCenter(ctx.orgId);
  const workOrders = [
    await createWorkOrder(ctx, { serviceCenterId: center.id, assetId: aircraft.id, customerId: b.id }),
    await createWorkOrder(ctx, { serviceCenterId: center.id, assetId: vehicle.id, customerId: b.id }),
  ];
  const note = await logActivity(ctx, b.id, { type: "note", summary: "Called about the annual" });
  const newOwner = await makeUser(ctx.orgId, "staff");
  await transferOwnership(ctx, b.id, { toUserId: newOwner.id, reason: "Territory change" });
  const file = await makeImportWithErrors(ctx.orgId, 0);
  await db.importRowResult.create({
    data: { importId: file.id, rowNumber: 2, customerId: b.id, action: "created", versionAfter: 1 },
  });
  const bulk = await db.bulkChange.create({ data: { organizationId: ctx.orgId, action: "addTags" } });
  await db.bulkChangeRow.create({
    data: { bulkChangeId: bulk.id, customerId: b.id, before: { tags: [] }, versionAfter: 1 },
  });
  const view = await db.savedView.create({
    data: {
      organizationId: ctx.orgId,
      userId: ctx.userId!,
      resource: "customers",
      name: uniq("View "),
      state: { query: `customerId=${b.id}`, columns: [] },
    },
  });
  return {
    ...roles,
    ctx,
    a: await db.customer.findUniqueOrThrow({ where: { id: a.id } }),
    b: await db.customer.findUniqueOrThrow({ where: { id: b.id } }),
    aContact,
    bPrimary,
    bDuplicate,
    aircraft,
    aircraftLink,
    vehicle,
    aVehicleLink,
    bVehicleLink,
    workOrders,
    note,
    importId: file.id,
    bulkId: bulk.id,
    view,
  };
}

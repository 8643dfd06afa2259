// Archive, restore and permanent delete: state rules, and delete refused while anything refers to the asset.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCustomer } from "@/lib/customers/mutations";
import { archiveAsset, deleteAsset, restoreAsset } from "@/lib/assets/mutations";
import {
  makeAircraft,
  makeAssetLinkRow,
  makeOrgWithRoles,
  makeServiceCenter,
  makeVehicle,
  rejectionOf,
} from "@/tests/factories";

const { ctx } = await makeOrgWithRoles();

describe("archive and restore", () => {
  it("archives with who and when, bumps the version, and restores", async () => {
    const aircraft = await makeAircraft(ctx.staff);
    const archived = await archiveAsset(ctx.manager, aircraft.id);
    expect(archived).toMatchObject({ archivedById: ctx.manager.userId, version: 2 });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const restored = await restoreAsset(ctx.manager, aircraft.id);
    expect(restored).toMatchObject({ archivedAt: null, archivedById: null, version: 3 });
  });

  it("refuses archiving twice or restoring an active asset", async () => {
    const vehicle = await makeVehicle(ctx.staff);
    expect(await rejectionOf(restoreAsset(ctx.manager, vehicle.id))).toMatchObject({
      code: "CONFLICT",
      message: "This vehicle is not archived.",
    });
    await archiveAsset(ctx.manager, vehicle.id);
    expect(await rejectionOf(archiveAsset(ctx.manager, vehicle.id))).toMatchObject({
      code: "CONFLICT",
      message: "This vehicle is already archived.",
    });
  });
});

describe("deleteAsset", () => {
  it("deletes an asset nothing refers to, archived or not", async () => {
    const aircraft = await makeAircraft(ctx.staff);
    const vehicle = await makeVehicle(ctx.staff);
    await archiveAsset(ctx.manager, vehicle.id);
    await deleteAsset(ctx.admin, aircraft.id);
    await deleteAsset(ctx.admin, vehicle.id);
    expect(await db.asset.count({ where: { id: { in: [aircraft.id, vehicle.id] } } })).toBe(0);
  });

  it("refuses while customer links exist, naming them", async () => {
    const aircraft = await makeAircraft(ctx.staff);
    const customer = await createCustomer(ctx.staff, { name: "Owner Co" });
    await makeAssetLinkRow(ctx.owner.orgId, aircraft.id, customer.id);
    expect(await rejectionOf(deleteAsset(ctx.admin, aircraft.id))).toMatchObject({
      code: "CONFLICT",
      message: "This aircraft has 1 customer link, so it cannot be deleted. Archive it instead.",
    });
    expect(await db.asset.count({ where: { id: aircraft.id } })).toBe(1);
  });

  it("refuses while work orders exist, naming them", async () => {
    const vehicle = await makeVehicle(ctx.staff);
    const center = await makeServiceCenter(ctx.owner.orgId);
    for (const sequence of [1, 2]) {
      await db.workOrder.create({
        data: {
          organizationId: ctx.owner.orgId,
          serviceCenterId: center.id,
          number: `${center.code}-${sequence}`,
          sequence,
          assetId: vehicle.id,
        },
      });
    }
    expect(await rejectionOf(deleteAsset(ctx.admin, vehicle.id))).toMatchObject({
      code: "CONFLICT",
      message: "This vehicle has 2 work orders, so it cannot be deleted. Archive it instead.",
    });
  });
});

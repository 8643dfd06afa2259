// updateAsset: partial patches on the merged record, optimistic concurrency, kind and archive rules.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { archiveAsset, updateAsset } from "@/lib/assets/mutations";
import {
  makeAircraft,
  makeOrgWithRoles,
  makeServiceCenter,
  makeVehicle,
  rejectionOf,
  uniqueRegistration,
} from "@/tests/factories";

let staff: Ctx;
let manager: Ctx;
let orgId: string;

beforeAll(async () => {
  const { org, ctx } = await makeOrgWithRoles();
  ({ staff, manager } = ctx);
  orgId = org.id;
});

describe("updateAsset", () => {
  it("patches some fields, keeps the rest, bumps the version and refreshes the search text", async () => {
    const aircraft = await makeAircraft(staff, { serialNumber: "SN-1", totalAirframeHours: 100.5 });
    const reg = uniqueRegistration();
    const updated = await updateAsset(staff, aircraft.id, { registration: reg.toLowerCase(), model: "182T" });
    expect(updated).toMatchObject({
      registration: reg,
      model: "182T",
      serialNumber: "SN-1",
      make: "Cessna",
      version: 2,
    });
    expect(updated.totalAirframeHours?.toNumber()).toBe(100.5);
    expect(updated.searchText).toBe(`${reg.toLowerCase()} sn-1 cessna 182t`);
  });

  it("validates the merged record with the asset's own kind", async () => {
    const vehicle = await makeVehicle(staff);
    expect((await rejectionOf(updateAsset(staff, vehicle.id, { registration: "N1" }))).fieldErrors).toEqual({
      registration: [expect.stringContaining("Vehicles have no aircraft registration")],
    });
    expect((await rejectionOf(updateAsset(staff, vehicle.id, { vin: "1HGCM82643A004352" }))).fieldErrors.vin).toEqual([
      expect.stringContaining("should be 3"),
    ]);
    expect((await rejectionOf(updateAsset(staff, vehicle.id, { kind: "aircraft" }))).code).toBe("CONFLICT");
    const aircraft = await makeAircraft(staff);
    expect((await rejectionOf(updateAsset(staff, aircraft.id, { registration: null }))).fieldErrors).toEqual({
      registration: ["Enter the registration, e.g. N12345"],
    });
  });

  it("keeps a registration stored before the nationality rules when it is left unchanged, and checks a new one", async () => {
    const aircraft = await makeAircraft(staff);
    // Saved under the older, general rule: an N-number the FAA rules refuse (more than five characters after N).
    await db.asset.update({ where: { id: aircraft.id }, data: { registration: "N1913SK" } });
    const edited = await updateAsset(staff, aircraft.id, { registration: "n1913sk", notes: "Annual due" });
    expect(edited).toMatchObject({ registration: "N1913SK", notes: "Annual due", version: 2 });
    expect((await updateAsset(staff, aircraft.id, { model: "182T" })).registration).toBe("N1913SK");
    const changed = await rejectionOf(updateAsset(staff, aircraft.id, { registration: "N1913SX" }));
    expect(changed.fieldErrors.registration).toHaveLength(1);
  });

  it("refuses a stale version with 'changed by someone else' and leaves the row alone", async () => {
    const aircraft = await makeAircraft(staff);
    await updateAsset(staff, aircraft.id, { notes: "first" }, { expectedVersion: 1 });
    const stale = await rejectionOf(updateAsset(staff, aircraft.id, { notes: "second" }, { expectedVersion: 1 }));
    expect(stale).toMatchObject({
      code: "CONFLICT",
      message: "This aircraft was changed by someone else since you opened it. Reload to see their changes.",
    });
    expect(await rejectionOf(updateAsset(staff, aircraft.id, { notes: "x", version: 1 }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.asset.findUnique({ where: { id: aircraft.id } })).toMatchObject({ notes: "first", version: 2 });
  });

  it("lets only one of two writers holding the same version win", async () => {
    const vehicle = await makeVehicle(staff);
    const results = await Promise.allSettled([
      updateAsset(staff, vehicle.id, { color: "Red" }, { expectedVersion: 1 }),
      updateAsset(staff, vehicle.id, { color: "Blue" }, { expectedVersion: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
  });

  it("without a version, applies concurrent patches of different fields one after the other", async () => {
    const vehicle = await makeVehicle(staff);
    await Promise.all([
      updateAsset(staff, vehicle.id, { color: "Red" }),
      updateAsset(staff, vehicle.id, { mileage: 5 }),
    ]);
    expect(await db.asset.findUnique({ where: { id: vehicle.id } })).toMatchObject({
      color: "Red",
      mileage: 5,
      version: 3,
    });
  });

  it("refuses to edit an archived asset", async () => {
    const aircraft = await makeAircraft(staff);
    await archiveAsset(manager, aircraft.id);
    expect(await rejectionOf(updateAsset(staff, aircraft.id, { notes: "x" }))).toMatchObject({
      code: "CONFLICT",
      message: "Restore this aircraft before editing it.",
    });
  });

  it("keeps a home center that was deactivated since, but refuses switching to an inactive one", async () => {
    const center = await makeServiceCenter(orgId);
    const aircraft = await makeAircraft(staff, { homeServiceCenterId: center.id });
    await db.serviceCenter.update({ where: { id: center.id }, data: { active: false } });
    const updated = await updateAsset(staff, aircraft.id, { notes: "still home" });
    expect(updated.homeServiceCenterId).toBe(center.id);
    const other = await makeAircraft(staff);
    expect((await rejectionOf(updateAsset(staff, other.id, { homeServiceCenterId: center.id }))).fieldErrors).toEqual({
      homeServiceCenterId: ["This service center is inactive; choose an active one"],
    });
    expect((await updateAsset(staff, aircraft.id, { homeServiceCenterId: null })).homeServiceCenterId).toBeNull();
  });

  it("maps a registration taken by another asset to a field error", async () => {
    const taken = await makeAircraft(staff);
    const aircraft = await makeAircraft(staff);
    expect(
      (await rejectionOf(updateAsset(staff, aircraft.id, { registration: taken.registration }))).fieldErrors,
    ).toEqual({
      registration: [expect.stringContaining("already used")],
    });
    expect((await updateAsset(staff, aircraft.id, { registration: aircraft.registration })).version).toBe(2);
  });
});

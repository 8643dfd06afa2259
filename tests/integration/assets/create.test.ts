// createAsset: per-kind rules, normalization, registration/VIN uniqueness and home service centers.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { createAsset } from "@/lib/assets/mutations";
import {
  makeAircraft,
  makeOrgWithRoles,
  makeServiceCenter,
  makeVehicle,
  rejectionOf,
  uniqueRegistration,
  uniqueVin,
} from "@/tests/factories";

let staff: Ctx;
let orgId: string;

beforeAll(async () => {
  const { org, ctx } = await makeOrgWithRoles();
  staff = ctx.staff;
  orgId = org.id;
});

describe("aircraft", () => {
  it("stores every field normalized, with audit fields and search text", async () => {
    const center = await makeServiceCenter(orgId);
    const reg = uniqueRegistration();
    const aircraft = await createAsset(staff, {
      kind: "aircraft",
      registration: `  ${reg.toLowerCase()} `,
      serialNumber: " 172S-11001 ",
      make: "Cessna",
      model: "172S Skyhawk",
      year: "2008",
      aircraftClass: "single_engine_piston",
      fuelCode: "100ll",
      totalAirframeHours: "4,321.5",
      homeServiceCenterId: center.id,
      notes: "Hangar 3",
    });
    expect(aircraft).toMatchObject({
      kind: "aircraft",
      registration: reg,
      serialNumber: "172S-11001",
      year: 2008,
      fuelCode: "100LL",
      vin: null,
      mileage: null,
      homeServiceCenterId: center.id,
      active: true,
      version: 1,
      createdById: staff.userId,
      updatedById: staff.userId,
    });
    expect(aircraft.totalAirframeHours?.toNumber()).toBe(4321.5);
    expect(aircraft.searchText).toBe(`${reg.toLowerCase()} 172s-11001 cessna 172s skyhawk`);
  });

  it("stores a hyphenated registration also without the hyphen in the search text", async () => {
    const reg = `C-F${uniqueRegistration().slice(4)}A`;
    const aircraft = await makeAircraft(staff, { registration: reg });
    expect(aircraft.searchText).toContain(`${reg.toLowerCase()} ${reg.replace("-", "").toLowerCase()}`);
  });

  it.each([
    [{ registration: "" }, "registration", "Enter the registration, e.g. N12345"],
    [{ registration: "X 12 345" }, "registration", expect.stringContaining("at most one hyphen")],
    [{ registration: "N123456" }, "registration", expect.stringContaining("A US registration is N and 1 to 5")],
    [{ registration: "C-F-ABC" }, "registration", expect.stringContaining("at most one hyphen")],
    [{ registration: "RA-123456789" }, "registration", expect.stringContaining("2 to 10 characters")],
    [{ year: 1899 }, "year", `Year must be between 1900 and ${new Date().getFullYear() + 1}`],
    [{ year: new Date().getFullYear() + 2 }, "year", expect.stringContaining("between 1900")],
    [{ year: "19x8" }, "year", "Year must be a whole number"],
    [{ totalAirframeHours: -1 }, "totalAirframeHours", "Hours cannot be negative"],
    [{ totalAirframeHours: "12.25" }, "totalAirframeHours", expect.stringContaining("one decimal place")],
    [{ aircraftClass: "blimp" }, "aircraftClass", "Choose an aircraft class from the list"],
    [{ fuelCode: "diesel" }, "fuelCode", expect.stringContaining("100LL, Jet-A")],
    [{ vin: "1HGCM82633A004352" }, "vin", expect.stringContaining("Aircraft have no VIN")],
    [{ mileage: 100 }, "mileage", expect.stringContaining("not mileage")],
    [{ homeServiceCenterId: "nope" }, "homeServiceCenterId", "Choose a service center from the list"],
  ])("rejects %j with a message on %s", async (override, field, message) => {
    const { code, fieldErrors } = await rejectionOf(makeAircraft(staff, override as never));
    expect(code).toBe("VALIDATION");
    expect(fieldErrors[field]).toEqual([message]);
  });

  it("accepts the boundary years and hours with one decimal", async () => {
    const nextYear = new Date().getFullYear() + 1;
    expect((await makeAircraft(staff, { year: 1900 })).year).toBe(1900);
    expect((await makeAircraft(staff, { year: nextYear })).year).toBe(nextYear);
    expect((await makeAircraft(staff, { totalAirframeHours: 0 })).totalAirframeHours?.toNumber()).toBe(0);
  });

  it("keeps registrations unique per organization, as a field error, archived ones included", async () => {
    const reg = uniqueRegistration();
    await makeAircraft(staff, { registration: reg });
    const duplicate = await rejectionOf(makeAircraft(staff, { registration: reg.toLowerCase() }));
    expect(duplicate).toMatchObject({
      code: "CONFLICT",
      fieldErrors: {
        registration: [`Registration ${reg} is already used by another aircraft or vehicle in your organization`],
      },
    });
    const other = await makeOrgWithRoles();
    expect((await makeAircraft(other.ctx.staff, { registration: reg })).registration).toBe(reg);
  });

  it("turns the database's unique violation into the same field error when two creates race", async () => {
    const reg = uniqueRegistration();
    const results = await Promise.allSettled([1, 2, 3].map(() => makeAircraft(staff, { registration: reg })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((r) => r.status === "rejected")) {
      expect(result.reason).toMatchObject({ code: "CONFLICT", fieldErrors: { registration: [expect.any(String)] } });
    }
  });
});

describe("vehicles", () => {
  it("stores a VIN upper-cased, plate upper-cased, mileage and colour", async () => {
    const vehicle = await createAsset(staff, {
      kind: "vehicle",
      vin: " 1hgcm82633a004352 ".replace("1hgcm", "1hgcm"),
      make: "Honda",
      model: "Accord",
      year: 2003,
      licensePlate: "abc-123",
      color: "Silver",
      mileage: "182,000",
    });
    expect(vehicle).toMatchObject({
      vin: "1HGCM82633A004352",
      licensePlate: "ABC-123",
      color: "Silver",
      mileage: 182000,
      registration: null,
      totalAirframeHours: null,
    });
    expect(vehicle.searchText).toBe("1hgcm82633a004352 honda accord abc-123 abc123");
  });

  it("allows a vehicle without a VIN", async () => {
    expect((await makeVehicle(staff, { vin: "" })).vin).toBeNull();
    expect((await makeVehicle(staff, { vin: null })).vin).toBeNull();
  });

  it.each([
    [
      "1HGCM82643A004352",
      "This VIN's check digit (9th character) should be 3, not 4: vehicles built in North America always carry one. Check for a typo.",
    ],
    ["1M8GDM9A1KP042788", expect.stringContaining("should be X, not 1")],
    ["1HGCM82633A00435O", "A VIN never contains the letters I, O or Q (found O)"],
    ["1HGCM82633A00435", "A VIN has 17 characters (this one has 16)"],
  ])("rejects the VIN %s with a field message", async (vin, message) => {
    const { code, fieldErrors } = await rejectionOf(makeVehicle(staff, { vin }));
    expect(code).toBe("VALIDATION");
    expect(fieldErrors.vin).toEqual([message]);
  });

  it.each([
    [{ registration: "N12345" }, "registration", expect.stringContaining("Vehicles have no aircraft registration")],
    [{ totalAirframeHours: 10 }, "totalAirframeHours", expect.stringContaining("not airframe hours")],
    [{ serialNumber: "123" }, "serialNumber", expect.stringContaining("VIN")],
    [{ mileage: -5 }, "mileage", expect.stringContaining("between 0")],
    [{ mileage: 1.5 }, "mileage", "Mileage must be a whole number"],
  ])("rejects %j on %s", async (override, field, message) => {
    const { fieldErrors } = await rejectionOf(makeVehicle(staff, override as never));
    expect(fieldErrors[field]).toEqual([message]);
  });

  it("keeps VINs unique per organization when present", async () => {
    const vin = uniqueVin();
    await makeVehicle(staff, { vin });
    expect(await rejectionOf(makeVehicle(staff, { vin: vin.toLowerCase() }))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { vin: [expect.stringContaining(`VIN ${vin} is already used`)] },
    });
    await makeVehicle(staff, { vin: null });
    await makeVehicle(staff, { vin: null });
  });

  it("requires a kind", async () => {
    const { code, fieldErrors } = await rejectionOf(createAsset(staff, { make: "Ford" } as never));
    expect(code).toBe("VALIDATION");
    expect(fieldErrors.kind).toEqual(["Choose aircraft or vehicle as the kind"]);
  });
});

describe("home service center", () => {
  it("must be an active center of the same organization", async () => {
    const inactive = await makeServiceCenter(orgId, { active: false });
    const foreign = await makeServiceCenter((await makeOrgWithRoles()).org.id);
    expect((await rejectionOf(makeVehicle(staff, { homeServiceCenterId: inactive.id }))).fieldErrors).toEqual({
      homeServiceCenterId: ["This service center is inactive; choose an active one"],
    });
    expect((await rejectionOf(makeVehicle(staff, { homeServiceCenterId: foreign.id }))).fieldErrors).toEqual({
      homeServiceCenterId: ["Choose a service center from the list"],
    });
    expect(await db.asset.count({ where: { homeServiceCenterId: { in: [inactive.id, foreign.id] } } })).toBe(0);
  });
});

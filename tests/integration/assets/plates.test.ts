// A vehicle's licence plate with the country that issued it, through the data layer and REST: known
// national formats are checked and written the national way, other countries' plates kept as typed.
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/assets/route";
import * as item from "@/app/api/v1/assets/[id]/route";
import { updateAsset } from "@/lib/assets/mutations";
import type { Ctx } from "@/lib/auth/context";
import { call, makeApiKey } from "../../support/api";
import { makeAircraft, makeOrgWithRoles, makeVehicle, rejectionOf } from "@/tests/factories";

let staff: Ctx;
let key: string;

beforeAll(async () => {
  const { org, ctx } = await makeOrgWithRoles();
  staff = ctx.staff;
  key = await makeApiKey(org.id, "staff");
});

describe("licence plates by country", () => {
  it("stores a German plate the German way, with its country", async () => {
    const vehicle = await makeVehicle(staff, { licensePlate: "b ab1234", plateCountry: "de" });
    expect(vehicle).toMatchObject({ licensePlate: "B-AB 1234", plateCountry: "DE" });
    expect(vehicle.searchText).toContain("bab1234");
  });

  it("refuses a plate that does not fit its country's format, on the plate field", async () => {
    const { code, fieldErrors } = await rejectionOf(
      makeVehicle(staff, { licensePlate: "AB-123-IO", plateCountry: "FR" }),
    );
    expect(code).toBe("VALIDATION");
    expect(fieldErrors).toEqual({ licensePlate: [expect.stringContaining("e.g. AB-123-CD")] });
  });

  it("keeps other countries' plates and plates without a country as typed", async () => {
    expect(await makeVehicle(staff, { licensePlate: " po  12345 ", plateCountry: "PL" })).toMatchObject({
      licensePlate: "PO 12345",
      plateCountry: "PL",
    });
    expect(await makeVehicle(staff, { licensePlate: "tn-1234a" })).toMatchObject({
      licensePlate: "TN-1234A",
      plateCountry: null,
    });
  });

  it("refuses an unknown country code, and a plate country on an aircraft", async () => {
    expect((await rejectionOf(makeVehicle(staff, { plateCountry: "XX" }))).fieldErrors).toEqual({
      plateCountry: ["Choose the country that issued the plate from the list"],
    });
    expect((await rejectionOf(makeAircraft(staff, { plateCountry: "DE" } as never))).fieldErrors).toEqual({
      plateCountry: ["Aircraft have no licence plate"],
    });
  });

  it("checks the stored plate again when only the country changes", async () => {
    const vehicle = await makeVehicle(staff, { licensePlate: "AB12CD" });
    expect(await updateAsset(staff, vehicle.id, { plateCountry: "NL" })).toMatchObject({ licensePlate: "AB-12-CD" });
    expect((await rejectionOf(updateAsset(staff, vehicle.id, { plateCountry: "IT" }))).fieldErrors).toEqual({
      licensePlate: [expect.stringContaining("AB 123 CD")],
    });
  });
});

describe("REST /api/v1/assets", () => {
  it("creates and patches a vehicle with a plate country; a wrong format is a 422 on licensePlate", async () => {
    const created = await call(collection.POST, "POST", "/api/v1/assets", {
      key,
      body: { kind: "vehicle", licensePlate: "ab12cde", plateCountry: "GB" },
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ licensePlate: "AB12 CDE", plateCountry: "GB" });

    const { id } = created.json.data;
    const patch = (body: unknown) => call(item.PATCH, "PATCH", `/api/v1/assets/${id}`, { key, params: { id }, body });
    const refused = await patch({ licensePlate: "1234 BAD", plateCountry: "ES" });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details).toEqual({ licensePlate: [expect.stringContaining("1234 BCD")] });
    expect((await patch({ licensePlate: "1234bcd", plateCountry: "ES" })).json.data).toMatchObject({
      licensePlate: "1234 BCD",
      plateCountry: "ES",
    });
  });
});

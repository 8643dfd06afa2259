// VINs from every region through the data layer, the vehicle page's details and REST: a European VIN
// whose (optional) check digit does not match is saved with a visible note; a North American one is refused.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/assets/route";
import * as item from "@/app/api/v1/assets/[id]/route";
import { VinDetailItems } from "@/app/(app)/_components/assets/vin-details";
import { getAsset } from "@/lib/assets/queries";
import { updateAsset } from "@/lib/assets/mutations";
import { VIN_CHECK_DIGIT_NOTE } from "@/lib/assets/vin";
import type { Ctx } from "@/lib/auth/context";
import { makeApiKey, call } from "../../support/api";
import { makeOrgWithRoles, makeVehicle, rejectionOf } from "@/tests/factories";

const EUROPEAN = "WVWZZZ1JZXW000001"; // Volkswagen, Z filler in position 9
const NORTH_AMERICAN_WRONG = "1HGCM82643A004352"; // Honda, Ohio: check digit should be 3

let staff: Ctx;
let key: string;

beforeAll(async () => {
  const { org, ctx } = await makeOrgWithRoles();
  staff = ctx.staff;
  key = await makeApiKey(org.id, "staff");
});

describe("the data layer and the vehicle page", () => {
  it("saves a European VIN whose check digit does not match, and the page shows the note", async () => {
    const vehicle = await makeVehicle(staff, { vin: EUROPEAN.toLowerCase(), make: "Volkswagen", model: "Golf" });
    expect(vehicle.vin).toBe(EUROPEAN);

    const html = renderToStaticMarkup(VinDetailItems({ vin: (await getAsset(staff, vehicle.id)).vin }));
    expect(html).toContain(EUROPEAN);
    expect(html).toContain(`role="note"`);
    expect(html).toContain("The check digit (9th character) does not match; vehicles built outside North America");
    expect(html).toContain("Germany (Europe)");
    expect(html).toContain("Volkswagen car");
    expect(html).toContain("Not reliably encoded in this VIN");
  });

  it("shows no note, and the model year, for a valid North American VIN", () => {
    const html = renderToStaticMarkup(VinDetailItems({ vin: "1HGCM82633A004352" }));
    expect(html).not.toContain(`role="note"`);
    expect(html).toContain("United States (North America)");
    expect(html).toContain("2003");
  });

  it("refuses a North American VIN with a wrong check digit, on create and on edit", async () => {
    const expected = [expect.stringContaining("should be 3, not 4: vehicles built in North America always carry one")];
    expect((await rejectionOf(makeVehicle(staff, { vin: NORTH_AMERICAN_WRONG }))).fieldErrors.vin).toEqual(expected);
    const vehicle = await makeVehicle(staff, { vin: null });
    expect((await rejectionOf(updateAsset(staff, vehicle.id, { vin: NORTH_AMERICAN_WRONG }))).fieldErrors.vin).toEqual(
      expected,
    );
  });
});

describe("REST /api/v1/assets", () => {
  const create = (body: unknown) => call(collection.POST, "POST", "/api/v1/assets", { key, body });

  it("creates a vehicle with a European VIN and reports the decoding with the note", async () => {
    const created = await create({ kind: "vehicle", vin: "VF1RFB00X52000000", make: "Renault" });
    expect(created.status).toBe(201);
    const vinDecoded = {
      region: "Europe",
      country: "France",
      manufacturer: expect.stringContaining("Renault"),
      modelYear: null,
      checkDigit: "mismatch",
      notes: [VIN_CHECK_DIGIT_NOTE],
    };
    expect(created.json.data).toMatchObject({ vin: "VF1RFB00X52000000", vinDecoded });

    const { id } = created.json.data;
    const fetched = await call(item.GET, "GET", `/api/v1/assets/${id}`, { key, params: { id } });
    expect(fetched.json.data.vinDecoded).toEqual(vinDecoded);
  });

  it("decodes a valid VIN without notes, and answers null without a VIN", async () => {
    const valid = await create({ kind: "vehicle", vin: "JHMCM56557C404453" });
    expect(valid.json.data.vinDecoded).toEqual({
      region: "Asia",
      country: "Japan",
      manufacturer: "Honda car",
      modelYear: 2007,
      checkDigit: "valid",
      notes: [],
    });
    expect((await create({ kind: "vehicle", licensePlate: "B-AB 1234" })).json.data.vinDecoded).toBeNull();
  });

  it("refuses a North American VIN with a wrong check digit with a 422 naming the field", async () => {
    const refused = await create({ kind: "vehicle", vin: NORTH_AMERICAN_WRONG });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details.vin).toEqual([
      expect.stringContaining("check digit (9th character) should be 3, not 4"),
    ]);
  });
});

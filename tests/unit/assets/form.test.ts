// The asset form's pieces: the live VIN hint, the flat values the shared schema accepts, and the payload.
import { describe, expect, it } from "vitest";
import { assetInputSchema } from "@/lib/assets/schemas";
import { parseAssetListParams } from "@/lib/assets/list-params";
import { assetLabel } from "@/lib/assets/format";
import { describeVin } from "@/app/(app)/_components/assets/vin-decode-hint";
import { VIN_CHECK_DIGIT_NOTE } from "@/lib/assets/vin";
import { decodeVin } from "@/lib/assets/vin-decode";
import { buildNewAssetValues, toAssetPayload } from "@/app/(app)/_components/assets/asset-form-values";

describe("describeVin", () => {
  it("counts characters while typing, then decodes or explains", () => {
    expect(describeVin("", decodeVin)).toBeNull();
    expect(describeVin("1hgcm8", decodeVin)).toEqual({ ok: false, text: "6 of 17 characters", notes: [] });
    expect(describeVin("1HGCM82633A004352", decodeVin)).toEqual({
      ok: true,
      text: "Valid VIN · Honda car made by Honda of America Mfg. in Ohio, built in United States (North America), model year 2003",
      notes: [],
    });
    expect(describeVin("1HGCM82643A004352", decodeVin)).toMatchObject({
      ok: false,
      text: expect.stringContaining("should be 3"),
    });
    expect(describeVin("1HGCO", decodeVin)).toMatchObject({ ok: false, text: expect.stringContaining("I, O or Q") });
  });

  it("accepts a European VIN whose check digit does not match, with the note and no guessed model year", () => {
    expect(describeVin("wvwzzz1jzxw000001", decodeVin)).toEqual({
      ok: true,
      text: "Valid VIN · Volkswagen car, built in Germany (Europe), model year not encoded",
      notes: [VIN_CHECK_DIGIT_NOTE],
    });
  });

  it("says just valid while the decoder is still loading", () => {
    expect(describeVin("WVWZZZ1JZXW000001")).toEqual({ ok: true, text: "Valid VIN", notes: [] });
  });
});

describe("asset form values", () => {
  it("validate as a flat shape: the other kind's blank fields are accepted and stored as null", () => {
    const values = { ...buildNewAssetValues("vehicle"), vin: "1hgcm82633a004352", mileage: "1,200" };
    const parsed = assetInputSchema.parse(values);
    expect(parsed).toMatchObject({ kind: "vehicle", vin: "1HGCM82633A004352", mileage: 1200, registration: null });
    const blankAircraft = assetInputSchema.safeParse(buildNewAssetValues("aircraft"));
    expect(blankAircraft.success).toBe(false);
  });

  it("send only the kind's own fields", () => {
    const payload = toAssetPayload({ ...buildNewAssetValues("aircraft"), registration: "N1AB", vin: "ignored" });
    expect(payload).toMatchObject({ kind: "aircraft", registration: "N1AB" });
    expect(payload).not.toHaveProperty("vin");
  });
});

describe("assetLabel", () => {
  it("labels aircraft by registration and vehicles by make, model and year", () => {
    expect(assetLabel({ kind: "aircraft", registration: "N12345", make: "Cessna", model: "172S" })).toBe(
      "N12345 · Cessna 172S",
    );
    expect(assetLabel({ kind: "aircraft", registration: "N12345" })).toBe("N12345");
    expect(assetLabel({ kind: "vehicle", make: "Ford", model: "Transit", year: 2019, vin: "1FTBW2CM5KKA12345" })).toBe(
      "Ford Transit 2019 · 1FTBW2CM5KKA12345",
    );
    expect(assetLabel({ kind: "vehicle", licensePlate: "ABC-123" })).toBe("Vehicle · ABC-123");
  });
});

describe("parseAssetListParams", () => {
  it("falls back to defaults and keeps a page's kind", () => {
    expect(parseAssetListParams({ kind: "vehicle", sort: "-bogus", perPage: "7", center: "x" }, "aircraft")).toEqual({
      kind: "aircraft",
      q: "",
      status: [],
      center: [],
      archived: "exclude",
      sort: { column: "registration", direction: "asc" },
      page: 1,
      perPage: 25,
    });
    expect(parseAssetListParams(new URLSearchParams("sort=-mileage&status=inactive,nope"), "vehicle")).toMatchObject({
      sort: { column: "mileage", direction: "desc" },
      status: ["inactive"],
    });
    expect(parseAssetListParams({}).sort).toEqual({ column: "createdAt", direction: "desc" });
  });
});

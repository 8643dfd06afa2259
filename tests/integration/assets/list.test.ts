// listAssets: kind scoping, search, filters, sorting, pagination; searchAssetOptions for pickers.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { archiveAsset } from "@/lib/assets/mutations";
import { listAssets, searchAssetOptions } from "@/lib/assets/queries";
import { parseAssetListParams } from "@/lib/assets/list-params";
import type { AssetKind } from "@/lib/assets/options";
import type { SearchParamsRecord } from "@/lib/list-params";
import { makeAircraft, makeOrgWithRoles, makeServiceCenter, makeVehicle } from "@/tests/factories";

let ctx: Ctx;
let other: Ctx;
const ids: Record<string, string> = {};
let hangar: string;
let garage: string;

beforeAll(async () => {
  const setup = await makeOrgWithRoles();
  ctx = setup.ctx.manager;
  ({
    ctx: { staff: other },
  } = await makeOrgWithRoles());
  hangar = (await makeServiceCenter(setup.org.id, { name: "Alpha Hangar" })).id;
  garage = (await makeServiceCenter(setup.org.id, { name: "Zulu Garage" })).id;
  ids.skyhawk = (
    await makeAircraft(ctx, {
      registration: "N12345",
      make: "Cessna",
      model: "172S",
      year: 2008,
      serialNumber: "172S10001",
      totalAirframeHours: 4321.5,
      homeServiceCenterId: hangar,
      aircraftClass: "single_engine_piston",
    })
  ).id;
  ids.king = (
    await makeAircraft(ctx, {
      registration: "C-FABC",
      make: "Beechcraft",
      model: "King Air 350",
      year: 2015,
      totalAirframeHours: 120,
      homeServiceCenterId: garage,
      aircraftClass: "turboprop",
      active: false,
    })
  ).id;
  ids.citation = (
    await makeAircraft(ctx, { registration: "D-EABC", make: "Cessna", model: "Citation CJ4", year: 2019 })
  ).id;
  ids.oldPiper = (
    await makeAircraft(ctx, { registration: "G-ABCD", make: "Piper", model: "PA-28 Cherokee", year: 1972 })
  ).id;
  await archiveAsset(ctx, ids.oldPiper);
  ids.accord = (
    await makeVehicle(ctx, {
      vin: "1HGCM82633A004352",
      make: "Honda",
      model: "Accord",
      year: 2003,
      licensePlate: "ABC-123",
      mileage: 182000,
    })
  ).id;
  ids.bus = (
    await makeVehicle(ctx, {
      vin: "1M8GDM9AXKP042788",
      make: "Motor Coach",
      model: "MCI 102",
      year: 1989,
      mileage: 900000,
      homeServiceCenterId: garage,
    })
  ).id;
  ids.plain = (
    await makeVehicle(ctx, { vin: null, make: "Škoda", model: "Octavia", year: 2021, licensePlate: "XY 987" })
  ).id;
  await makeAircraft(other, { registration: "N99999", make: "Cessna", model: "172S" });
});

const list = (params: SearchParamsRecord, kind: AssetKind | null = "aircraft") =>
  listAssets(ctx, parseAssetListParams({ perPage: "100", ...params }, kind));

async function idsFor(params: SearchParamsRecord, kind: AssetKind | null = "aircraft") {
  const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
  return (await list(params, kind)).rows.map((row) => byId[row.id] ?? row.id);
}

describe("listAssets", () => {
  it("lists one kind, non-archived by default, sorted by registration, with the home center", async () => {
    const result = await list({});
    expect(result.rows.map((r) => r.registration)).toEqual(["C-FABC", "D-EABC", "N12345"]);
    expect(result.total).toBe(3);
    const skyhawk = result.rows.find((row) => row.id === ids.skyhawk);
    expect(skyhawk).toMatchObject({
      totalAirframeHours: 4321.5,
      homeServiceCenter: { id: hangar, name: "Alpha Hangar" },
    });
    expect(await idsFor({}, "vehicle")).toEqual(["accord", "bus", "plain"]);
    expect((await list({}, null)).total).toBe(6);
    expect((await list({ kind: "vehicle" }, null)).total).toBe(3);
  });

  it.each([
    ["cessna", ["citation", "skyhawk"]],
    ["n123", ["skyhawk"]],
    ["cfabc", ["king"]],
    ["c-fabc", ["king"]],
    ["172s1000", ["skyhawk"]],
    ["KING air", ["king"]],
    ["%", []],
  ])("searches aircraft for %j", async (q, expected) => {
    expect((await idsFor({ q })).sort()).toEqual(expected);
  });

  it.each([
    ["1hgcm", ["accord"]],
    ["abc123", ["accord"]],
    ["skoda", ["plain"]],
    ["xy987", ["plain"]],
  ])("searches vehicles for %j (VIN, plate with or without separators, unaccented)", async (q, expected) => {
    expect(await idsFor({ q }, "vehicle")).toEqual(expected);
  });

  it("filters by status, home center and archived", async () => {
    expect(await idsFor({ status: "inactive" })).toEqual(["king"]);
    expect(await idsFor({ status: "active" })).toEqual(["citation", "skyhawk"]);
    expect(await idsFor({ status: "active,inactive" })).toHaveLength(3);
    expect(await idsFor({ center: hangar })).toEqual(["skyhawk"]);
    expect(await idsFor({ center: `${hangar},${garage}` })).toEqual(["king", "skyhawk"]);
    expect(await idsFor({ center: garage }, "vehicle")).toEqual(["bus"]);
    expect(await idsFor({ archived: "only" })).toEqual(["oldPiper"]);
    expect(await idsFor({ archived: "include" })).toHaveLength(4);
  });

  it.each([
    ["-year", ["citation", "king", "skyhawk"]],
    ["totalAirframeHours", ["king", "skyhawk", "citation"]],
    ["-totalAirframeHours", ["skyhawk", "king", "citation"]],
    ["homeServiceCenter", ["skyhawk", "king", "citation"]],
    ["make", ["king", "skyhawk", "citation"]], // ties keep creation order (uuid v7 ids)
    ["serialNumber", ["skyhawk", "king", "citation"]],
    ["aircraftClass", ["skyhawk", "king", "citation"]],
    ["-active", ["citation", "skyhawk", "king"]],
  ])("sorts aircraft by %s (empty values last)", async (sort, expected) => {
    expect(await idsFor({ sort })).toEqual(expected);
  });

  it("sorts vehicles by their own columns and ignores the other kind's", async () => {
    expect(await idsFor({ sort: "-mileage" }, "vehicle")).toEqual(["bus", "accord", "plain"]);
    expect(await idsFor({ sort: "vin" }, "vehicle")).toEqual(["accord", "bus", "plain"]);
    expect(await idsFor({ sort: "licensePlate" }, "vehicle")).toEqual(["accord", "plain", "bus"]);
    expect(parseAssetListParams({ sort: "registration" }, "vehicle").sort).toEqual({
      column: "make",
      direction: "asc",
    });
  });

  it("paginates with a stable order and an exact total", async () => {
    const page1 = await listAssets(ctx, parseAssetListParams({ perPage: "25", page: "1", archived: "include" }, null));
    expect(page1).toMatchObject({ total: 7, pageCount: 1, page: 1, perPage: 25 });
    const beyond = await listAssets(ctx, parseAssetListParams({ page: "3" }, "aircraft"));
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(3);
  });
});

describe("searchAssetOptions", () => {
  it("returns labelled, non-archived matches of the organization", async () => {
    const options = await searchAssetOptions(ctx, { q: "cessna" });
    expect(options.map((o) => o.label)).toEqual(["D-EABC · Cessna Citation CJ4", "N12345 · Cessna 172S"]);
    expect(options[1]).toEqual({
      id: ids.skyhawk,
      kind: "aircraft",
      label: "N12345 · Cessna 172S",
      registration: "N12345",
      vin: null,
      make: "Cessna",
      model: "172S",
      year: 2008,
    });
    expect(await searchAssetOptions(ctx, { q: "piper" })).toEqual([]);
  });

  it("filters by kind and limits the count", async () => {
    const vehicles = await searchAssetOptions(ctx, { q: "", kind: "vehicle" });
    expect(vehicles.map((o) => o.label)).toEqual([
      "Honda Accord 2003 · 1HGCM82633A004352",
      "Motor Coach MCI 102 1989 · 1M8GDM9AXKP042788",
      "Škoda Octavia 2021 · XY 987",
    ]);
    expect(await searchAssetOptions(ctx, { q: "", limit: 2 })).toHaveLength(2);
  });
});

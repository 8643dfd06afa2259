// REST /api/v1/assets: the full lifecycle, validation and conflicts, list params, roles and scoping.
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/assets/route";
import * as item from "@/app/api/v1/assets/[id]/route";
import * as restore from "@/app/api/v1/assets/[id]/restore/route";
import { call, makeApiKey } from "../../support/api";
import { makeOrg, makeServiceCenter, uniqueRegistration, uniqueVin } from "../../factories";

let key: string;
let orgId: string;

beforeAll(async () => {
  orgId = (await makeOrg()).id;
  key = await makeApiKey(orgId, "admin");
});

const create = (body: unknown, k: string | null = key) =>
  call(collection.POST, "POST", "/api/v1/assets", { key: k, body });
const get = (id: string, k: string | null = key) =>
  call(item.GET, "GET", `/api/v1/assets/${id}`, { key: k, params: { id } });
const patch = (id: string, body: unknown, headers: Record<string, string> = {}, k: string | null = key) =>
  call(item.PATCH, "PATCH", `/api/v1/assets/${id}`, { key: k, params: { id }, body, headers });
const list = (query: string, k: string | null = key) =>
  call(collection.GET, "GET", `/api/v1/assets?${query}`, { key: k });

describe("REST /api/v1/assets", () => {
  it("rejects a request without a valid key", async () => {
    expect((await list("")).status).toBe(200);
    const res = await list("", null);
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("UNAUTHORIZED");
  });

  it("creates, reads, updates, archives, restores and deletes an aircraft", async () => {
    const center = await makeServiceCenter(orgId, { name: "Main Hangar" });
    const reg = uniqueRegistration();
    const created = await create({
      kind: "aircraft",
      registration: reg.toLowerCase(),
      make: "Cessna",
      model: "172S",
      year: 2008,
      totalAirframeHours: 1234.5,
      fuelCode: "100LL",
      homeServiceCenterId: center.id,
    });
    expect(created.status).toBe(201);
    const aircraft = created.json.data;
    expect(created.headers.get("location")).toBe(`/api/v1/assets/${aircraft.id}`);
    expect(aircraft).toMatchObject({
      kind: "aircraft",
      registration: reg,
      totalAirframeHours: 1234.5,
      version: 1,
      vin: null,
    });
    expect(aircraft).not.toHaveProperty("searchText");
    expect(aircraft).not.toHaveProperty("organizationId");

    const fetched = await get(aircraft.id);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("etag")).toBe('"1"');
    expect(fetched.json.data.homeServiceCenter).toMatchObject({ id: center.id, name: "Main Hangar" });

    const patched = await patch(aircraft.id, { totalAirframeHours: 1240 }, { "if-match": '"1"' });
    expect(patched.status).toBe(200);
    expect(patched.json.data).toMatchObject({ totalAirframeHours: 1240, registration: reg, version: 2 });
    expect(patched.headers.get("etag")).toBe('"2"');

    const stale = await patch(aircraft.id, { notes: "late" }, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("changed by someone else"),
    });
    expect((await patch(aircraft.id, { notes: "x", version: 1 })).status).toBe(409);

    const archived = await call(item.DELETE, "DELETE", `/api/v1/assets/${aircraft.id}`, {
      key,
      params: { id: aircraft.id },
    });
    expect(archived.status).toBe(200);
    expect(archived.json.data.archivedAt).not.toBeNull();
    expect((await patch(aircraft.id, { notes: "x" })).json.error.message).toBe(
      "Restore this aircraft before editing it.",
    );

    const restored = await call(restore.POST, "POST", `/api/v1/assets/${aircraft.id}/restore`, {
      key,
      params: { id: aircraft.id },
    });
    expect(restored.status).toBe(200);
    expect(restored.json.data.archivedAt).toBeNull();

    const deleted = await call(item.DELETE, "DELETE", `/api/v1/assets/${aircraft.id}?permanent=true`, {
      key,
      params: { id: aircraft.id },
    });
    expect(deleted.status).toBe(204);
    expect((await get(aircraft.id)).status).toBe(404);
  });

  it("creates a vehicle and reports VIN and per-kind errors as 422 details", async () => {
    const vin = uniqueVin();
    const created = await create({ kind: "vehicle", vin: vin.toLowerCase(), make: "Ford", mileage: 1000 });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ vin, registration: null, mileage: 1000 });

    const invalid = await create({ kind: "vehicle", vin: "1HGCM82643A004352", registration: "N1", mileage: -1 });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.code).toBe("VALIDATION");
    expect(Object.keys(invalid.json.error.details).sort()).toEqual(["mileage", "registration", "vin"]);
    expect(invalid.json.error.details.vin).toEqual([
      expect.stringContaining("check digit (9th character) should be 3"),
    ]);

    const noKind = await create({ make: "Ford" });
    expect(noKind.status).toBe(422);
    expect(noKind.json.error.details.kind).toEqual(["Choose aircraft or vehicle as the kind"]);
  });

  it("answers 409 with the field for a duplicate registration or VIN", async () => {
    const reg = uniqueRegistration();
    await create({ kind: "aircraft", registration: reg });
    const duplicate = await create({ kind: "aircraft", registration: reg });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.details.registration).toEqual([expect.stringContaining("already used")]);
  });

  it("answers 400 for a body that is not an object or a malformed If-Match", async () => {
    expect(
      (
        await call(collection.POST, "POST", "/api/v1/assets", {
          key,
          rawBody: "[1]",
          headers: { "content-type": "application/json" },
        })
      ).status,
    ).toBe(400);
    const { json } = await create({ kind: "vehicle" });
    const res = await patch(json.data.id, { color: "Red" }, { "if-match": "yesterday" });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("BAD_REQUEST");
  });

  it("lists with kind, search, filters, sort and pagination metadata", async () => {
    const org = await makeOrg();
    const k = await makeApiKey(org.id, "viewer");
    const writer = await makeApiKey(org.id, "staff");
    for (const registration of ["N100AA", "N200BB", "N300CC"]) {
      await create({ kind: "aircraft", registration, make: "Piper", active: registration !== "N300CC" }, writer);
    }
    await create({ kind: "vehicle", make: "Piper Truck" }, writer);
    const all = await list("", k);
    expect(all.json.meta).toEqual({
      total: 4,
      totalCapped: false,
      totalEstimated: false,
      page: 1,
      perPage: 25,
      pageCount: 1,
    });
    const aircraft = await list("kind=aircraft&sort=-registration&perPage=25&page=1", k);
    expect(aircraft.json.data.map((row: { registration: string }) => row.registration)).toEqual([
      "N300CC",
      "N200BB",
      "N100AA",
    ]);
    expect(aircraft.json.data[0]).not.toHaveProperty("searchText");
    expect((await list("kind=aircraft&status=inactive", k)).json.data).toHaveLength(1);
    expect((await list("q=truck", k)).json.data.map((row: { kind: string }) => row.kind)).toEqual(["vehicle"]);
    expect((await list("kind=bogus&sort=nope&page=-1", k)).json.meta).toMatchObject({ total: 4, page: 1 });
  });

  it("answers 404 for another organization's asset and for a malformed id", async () => {
    const otherKey = await makeApiKey((await makeOrg()).id, "admin");
    const { json } = await create({ kind: "aircraft", registration: uniqueRegistration() });
    expect((await get(json.data.id, otherKey)).status).toBe(404);
    expect((await patch(json.data.id, { notes: "x" }, {}, otherKey)).status).toBe(404);
    expect((await get("not-a-uuid")).json.error.code).toBe("NOT_FOUND");
  });

  it("enforces the key's role: viewer reads, staff writes, admin deletes", async () => {
    const viewer = await makeApiKey(orgId, "viewer");
    const staff = await makeApiKey(orgId, "staff");
    expect((await create({ kind: "vehicle" }, viewer)).status).toBe(403);
    const { json } = await create({ kind: "vehicle" }, staff);
    expect((await get(json.data.id, viewer)).status).toBe(200);
    const archive = await call(item.DELETE, "DELETE", `/api/v1/assets/${json.data.id}`, {
      key: staff,
      params: { id: json.data.id },
    });
    expect(archive.status).toBe(403);
    expect(archive.json.error.code).toBe("FORBIDDEN");
  });
});

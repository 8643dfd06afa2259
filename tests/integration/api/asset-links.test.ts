// REST /api/v1/assets/{id}/customers: list, link, patch (incl. primary), unlink; errors and roles.
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/assets/[id]/customers/route";
import * as item from "@/app/api/v1/assets/[id]/customers/[linkId]/route";
import * as customerItem from "@/app/api/v1/customers/[id]/route";
import { createCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { call, makeApiKey } from "../../support/api";
import { ctxFor, makeAssetRow, makeOrg, uniq } from "../../factories";

let key: string;
let orgId: string;

beforeAll(async () => {
  orgId = (await makeOrg()).id;
  key = await makeApiKey(orgId, "manager");
});

const customer = (org = orgId) => createCustomer(ctxFor(org, null, "admin"), { name: uniq("Customer ") });
const path = (id: string, linkId?: string) => `/api/v1/assets/${id}/customers${linkId ? `/${linkId}` : ""}`;
const list = (id: string, k = key) => call(collection.GET, "GET", path(id), { key: k, params: { id } });
const link = (id: string, body: unknown, k = key) =>
  call(collection.POST, "POST", path(id), { key: k, params: { id }, body });
const patch = (id: string, linkId: string, body: unknown, k = key) =>
  call(item.PATCH, "PATCH", path(id, linkId), { key: k, params: { id, linkId }, body });
const unlink = (id: string, linkId: string, k = key) =>
  call(item.DELETE, "DELETE", path(id, linkId), { key: k, params: { id, linkId } });

describe("REST /api/v1/assets/{id}/customers", () => {
  it("links, lists, patches, makes primary and unlinks", async () => {
    const asset = await makeAssetRow(orgId);
    const [a, b] = [await customer(), await customer()];
    const first = await link(asset.id, {
      customerId: a.id,
      relationship: "operator",
      since: "2022-05-01",
      notes: "Ops",
    });
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(path(asset.id, first.json.data.id));
    expect(first.json.data).toMatchObject({
      customerId: a.id,
      relationship: "operator",
      status: "current",
      primary: true,
      since: "2022-05-01",
      notes: "Ops",
      customer: { id: a.id, name: a.name, archivedAt: null },
    });
    const second = await link(asset.id, { customerId: b.id, status: "prospective" });
    expect(second.json.data.primary).toBe(false);

    const promoted = await patch(asset.id, second.json.data.id, { status: "current", primary: true });
    expect(promoted.status).toBe(200);
    expect(promoted.json.data).toMatchObject({ status: "current", primary: true });
    const listed = await list(asset.id);
    expect(listed.status).toBe(200);
    expect(listed.json.data.map((l: { id: string; primary: boolean }) => [l.id, l.primary])).toEqual([
      [second.json.data.id, true],
      [first.json.data.id, false],
    ]);

    expect((await unlink(asset.id, second.json.data.id)).status).toBe(204);
    expect((await list(asset.id)).json.data).toMatchObject([{ id: first.json.data.id, primary: true }]);
  });

  it("answers duplicates, bad input and primary: false with clear errors", async () => {
    const asset = await makeAssetRow(orgId, { kind: "vehicle" });
    const a = await customer();
    const created = await link(asset.id, { customerId: a.id, primary: true });
    const duplicate = await link(asset.id, { customerId: a.id });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error).toMatchObject({ code: "CONFLICT", details: { customerId: [expect.any(String)] } });
    const invalid = await link(asset.id, { customerId: (await customer()).id, relationship: "pilot", since: "soon" });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.json.error.details).sort()).toEqual(["relationship", "since"]);
    const cleared = await patch(asset.id, created.json.data.id, { primary: false });
    expect(cleared.status).toBe(422);
    expect(cleared.json.error.details.primary).toHaveLength(1);
    const notJson = await call(collection.POST, "POST", path(asset.id), {
      key,
      params: { id: asset.id },
      rawBody: "[",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.status).toBe(400);
  });

  it("is NOT_FOUND for another organization's asset, customer or link, and for a link of another asset", async () => {
    const otherOrg = (await makeOrg()).id;
    const [asset, otherAsset, foreignAsset] = [
      await makeAssetRow(orgId),
      await makeAssetRow(orgId),
      await makeAssetRow(otherOrg),
    ];
    const created = await link(asset.id, { customerId: (await customer()).id });
    expect((await list(foreignAsset.id)).status).toBe(404);
    expect((await link(foreignAsset.id, { customerId: (await customer()).id })).status).toBe(404);
    expect((await link(asset.id, { customerId: (await customer(otherOrg)).id })).json.error.code).toBe("NOT_FOUND");
    expect((await patch(otherAsset.id, created.json.data.id, { notes: "x" })).status).toBe(404);
    expect((await unlink(otherAsset.id, created.json.data.id)).status).toBe(404);
    expect((await unlink(asset.id, "nope")).status).toBe(404);
    expect(await db.assetCustomer.count({ where: { assetId: asset.id } })).toBe(1);
  });

  it("lets viewer keys read but not change links, and requires a key", async () => {
    const viewer = await makeApiKey(orgId, "viewer");
    const asset = await makeAssetRow(orgId);
    const created = await link(asset.id, { customerId: (await customer()).id });
    expect((await list(asset.id, viewer)).status).toBe(200);
    expect((await link(asset.id, { customerId: (await customer()).id }, viewer)).status).toBe(403);
    expect((await patch(asset.id, created.json.data.id, { notes: "x" }, viewer)).status).toBe(403);
    expect((await unlink(asset.id, created.json.data.id, viewer)).status).toBe(403);
    expect((await call(collection.GET, "GET", path(asset.id), { params: { id: asset.id } })).status).toBe(401);
  });

  it("archiving a customer over REST (no confirmation) hands its primaries on", async () => {
    const asset = await makeAssetRow(orgId);
    const [a, b] = [await customer(), await customer()];
    await link(asset.id, { customerId: a.id });
    const next = await link(asset.id, { customerId: b.id });
    const archived = await call(customerItem.DELETE, "DELETE", `/api/v1/customers/${a.id}`, {
      key,
      params: { id: a.id },
    });
    expect(archived.status).toBe(200);
    expect((await list(asset.id)).json.data[0]).toMatchObject({ id: next.json.data.id, primary: true });
  });
});

// REST /api/v1/work-orders and /api/v1/service-centers: authentication, CRUD, errors, isolation.
import { beforeAll, describe, expect, it } from "vitest";
import * as centerCollection from "@/app/api/v1/service-centers/route";
import * as centerItem from "@/app/api/v1/service-centers/[id]/route";
import * as collection from "@/app/api/v1/work-orders/route";
import * as item from "@/app/api/v1/work-orders/[id]/route";
import { createCustomer } from "@/lib/customers/mutations";
import { call, makeApiKey, makeOrgWithApiKey } from "../../support/api";
import { ctxFor, makeAssetLinkRow, makeAssetRow, makeOrg, makeServiceCenter, makeUser, uniq } from "../../factories";

let key: string;
let orgId: string;
let serviceCenterId: string;

beforeAll(async () => {
  ({ orgId, key } = await makeOrgWithApiKey());
  serviceCenterId = (await makeServiceCenter(orgId)).id;
});

const create = (body: unknown, k: string | null = key) =>
  call(collection.POST, "POST", "/api/v1/work-orders", { key: k, body });
const get = (id: string, k: string | null = key) =>
  call(item.GET, "GET", `/api/v1/work-orders/${id}`, { key: k, params: { id } });
const patch = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  call(item.PATCH, "PATCH", `/api/v1/work-orders/${id}`, { key, params: { id }, body, headers });

async function linkedAircraft() {
  const owner = await makeUser(orgId, "admin");
  const customer = await createCustomer(ctxFor(orgId, owner.id, "admin"), { name: uniq("Operator ") });
  const asset = await makeAssetRow(orgId);
  await makeAssetLinkRow(orgId, asset.id, customer.id, { isPrimary: true });
  return { asset, customer };
}

describe("REST /api/v1/work-orders", () => {
  it("rejects a missing key with 401 JSON", async () => {
    const res = await call(collection.GET, "GET", "/api/v1/work-orders", { key: null });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("UNAUTHORIZED");
  });

  it("creates (resolving the primary customer), reads, lists and patches a work order", async () => {
    const { asset, customer } = await linkedAircraft();
    const created = await create({ serviceCenterId, assetId: asset.id, priority: "high", dueDate: "2026-06-30" });
    expect(created.status).toBe(201);
    const workOrder = created.json.data;
    expect(created.headers.get("location")).toBe(`/api/v1/work-orders/${workOrder.id}`);
    expect(workOrder).toMatchObject({
      customerId: customer.id,
      customerName: customer.name,
      priority: "high",
      dueDate: "2026-06-30",
      status: "created",
      version: 1,
    });
    expect(workOrder.number).toMatch(/^[A-Z0-9]+\d{5}-\d{2}-\d{4}$/);
    expect(workOrder).not.toHaveProperty("searchText");
    expect(workOrder).not.toHaveProperty("organizationId");

    const fetched = await get(workOrder.id);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("etag")).toBe('"1"');
    expect(fetched.json.data.customer).toMatchObject({ id: customer.id, name: customer.name });
    expect(fetched.json.data.asset).toMatchObject({ id: asset.id, kind: "aircraft" });

    const listed = await call(collection.GET, "GET", `/api/v1/work-orders?customerId=${customer.id}&status=created`, {
      key,
    });
    expect(listed.status).toBe(200);
    expect(listed.json.meta.total).toBe(1);
    expect(listed.json.data[0]).toMatchObject({ id: workOrder.id, dueDate: "2026-06-30" });

    const updated = await patch(workOrder.id, { status: "completed" }, { "if-match": '"1"' });
    expect(updated.status).toBe(200);
    expect(updated.json.data.completedAt).not.toBeNull();
    const stale = await patch(workOrder.id, { priority: "low" }, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    const terminal = await patch(workOrder.id, { status: "open" });
    expect(terminal.status).toBe(409);
    expect(terminal.json.error.message).toMatch(/completed/);
  });

  it("returns 422 with field details for a customer not linked to the asset", async () => {
    const { asset } = await linkedAircraft();
    const { customer: other } = await linkedAircraft();
    const res = await create({ serviceCenterId, assetId: asset.id, customerId: other.id });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("VALIDATION");
    expect(res.json.error.details.customerId[0]).toMatch(/is not linked to this aircraft/);
  });

  it("returns 404 for another organization's work order and 400 for a non-object body", async () => {
    const elsewhere = await makeOrg();
    const otherKey = await makeApiKey(elsewhere.id, "admin");
    const { asset } = await linkedAircraft();
    const mine = await create({ serviceCenterId, assetId: asset.id });
    expect((await get(mine.json.data.id, otherKey)).status).toBe(404);
    const bad = await call(collection.POST, "POST", "/api/v1/work-orders", {
      key,
      rawBody: "[1]",
      headers: { "content-type": "application/json" },
    });
    expect(bad.status).toBe(400);
  });
});

describe("REST /api/v1/service-centers", () => {
  it("creates, lists, reads and patches a service center", async () => {
    const code = uniq("C")
      .replace(/[^A-Z0-9]/gi, "")
      .slice(0, 8)
      .toUpperCase();
    const created = await call(centerCollection.POST, "POST", "/api/v1/service-centers", {
      key,
      body: { name: "Tri-Cities", code: code.toLowerCase() },
    });
    expect(created.status).toBe(201);
    const center = created.json.data;
    expect(center).toMatchObject({ name: "Tri-Cities", code, active: true, version: 1 });
    expect(center).not.toHaveProperty("workOrderSeq");

    const duplicate = await call(centerCollection.POST, "POST", "/api/v1/service-centers", {
      key,
      body: { name: "Again", code },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.details.code).toBeDefined();

    const params = { id: center.id };
    const deactivated = await call(centerItem.PATCH, "PATCH", `/api/v1/service-centers/${center.id}`, {
      key,
      params,
      body: { active: false },
      headers: { "if-match": '"1"' },
    });
    expect(deactivated.json.data).toMatchObject({ active: false, version: 2 });
    const active = await call(centerCollection.GET, "GET", "/api/v1/service-centers?active=true", { key });
    expect(active.json.data.map((c: { id: string }) => c.id)).not.toContain(center.id);
    const fetched = await call(centerItem.GET, "GET", `/api/v1/service-centers/${center.id}`, { key, params });
    expect(fetched.headers.get("etag")).toBe('"2"');
  });

  it("lets a staff key read but not create", async () => {
    const staffKey = await makeApiKey(orgId, "staff");
    expect((await call(centerCollection.GET, "GET", "/api/v1/service-centers", { key: staffKey })).status).toBe(200);
    const res = await call(centerCollection.POST, "POST", "/api/v1/service-centers", {
      key: staffKey,
      body: { name: "No", code: "NOPE" },
    });
    expect(res.status).toBe(403);
  });
});

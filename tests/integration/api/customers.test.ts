import { describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/customers/route";
import * as item from "@/app/api/v1/customers/[id]/route";
import * as restore from "@/app/api/v1/customers/[id]/restore/route";
import { revokeApiKey } from "@/lib/api-keys/mutations";
import { db } from "@/lib/db";
import { call, makeApiKey, makeOrgWithApiKey } from "../../support/api";
import { ctxFor, makeOrg, makeUser, uniq } from "../../factories";

const { orgId, key } = await makeOrgWithApiKey();

const create = (body: unknown, k: string | null = key) =>
  call(collection.POST, "POST", "/api/v1/customers", { key: k, body });
const get = (id: string, k: string | null = key) =>
  call(item.GET, "GET", `/api/v1/customers/${id}`, { key: k, params: { id } });

describe("REST /api/v1/customers authentication", () => {
  it("rejects a missing, malformed or unknown key with 401 JSON", async () => {
    for (const k of [null, "nope", "chub_" + "x".repeat(40)]) {
      const res = await call(collection.GET, "GET", "/api/v1/customers", { key: k });
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe("UNAUTHORIZED");
    }
  });

  it("rejects a revoked key", async () => {
    const org = await makeOrg();
    const admin = await makeUser(org.id, "admin");
    const revoked = await makeApiKey(org.id);
    const row = await db.apiKey.findFirstOrThrow({ where: { organizationId: org.id } });
    await revokeApiKey(ctxFor(org.id, admin.id, "admin"), row.id);
    expect((await call(collection.GET, "GET", "/api/v1/customers", { key: revoked })).status).toBe(401);
  });
});

describe("REST /api/v1/customers", () => {
  it("creates, reads, updates, archives, restores and deletes a customer", async () => {
    const account = uniq("ACME-");
    const created = await create({
      kind: "company",
      name: "Acme Aviation",
      accountNumber: account,
      email: " Ops@Acme.Example ",
      phone: "(865) 555-0100",
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/api/v1/customers/${created.json.data.id}`);
    const customer = created.json.data;
    expect(customer).toMatchObject({
      name: "Acme Aviation",
      email: "ops@acme.example",
      phone: "+18655550100",
      country: "US",
      currency: "USD",
      version: 1,
    });
    expect(customer).not.toHaveProperty("searchText");
    expect(customer).not.toHaveProperty("organizationId");

    const fetched = await get(customer.id);
    expect(fetched.status).toBe(200);
    expect(fetched.json.data.accountNumber).toBe(account);
    expect(fetched.headers.get("etag")).toBe('"1"');

    const patched = await call(item.PATCH, "PATCH", `/api/v1/customers/${customer.id}`, {
      key,
      params: { id: customer.id },
      body: { city: "Knoxville" },
      headers: { "if-match": '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.data).toMatchObject({ city: "Knoxville", name: "Acme Aviation", version: 2 });

    const stale = await call(item.PATCH, "PATCH", `/api/v1/customers/${customer.id}`, {
      key,
      params: { id: customer.id },
      body: { city: "Nashville" },
      headers: { "if-match": '"1"' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("CONFLICT");

    const archived = await call(item.DELETE, "DELETE", `/api/v1/customers/${customer.id}`, {
      key,
      params: { id: customer.id },
    });
    expect(archived.status).toBe(200);
    expect(archived.json.data.archivedAt).not.toBeNull();

    const restored = await call(restore.POST, "POST", `/api/v1/customers/${customer.id}/restore`, {
      key,
      params: { id: customer.id },
    });
    expect(restored.status).toBe(200);
    expect(restored.json.data.archivedAt).toBeNull();

    const deleted = await call(item.DELETE, "DELETE", `/api/v1/customers/${customer.id}?permanent=true`, {
      key,
      params: { id: customer.id },
    });
    expect(deleted.status).toBe(204);
    expect((await get(customer.id)).status).toBe(404);
  });

  it("returns 422 with per-field details for invalid input", async () => {
    const res = await create({ kind: "company", name: "", email: "not-an-email", country: "ZZ", currency: "XYZ" });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("VALIDATION");
    expect(Object.keys(res.json.error.details)).toEqual(
      expect.arrayContaining(["name", "email", "country", "currency"]),
    );
  });

  it("returns 400 for a body that is not a JSON object", async () => {
    const bad = await call(collection.POST, "POST", "/api/v1/customers", {
      key,
      rawBody: "{nope",
      headers: { "content-type": "application/json" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("BAD_REQUEST");
    const arr = await create([1, 2]);
    expect(arr.status).toBe(400);
  });

  it("returns 400 for a malformed If-Match header", async () => {
    const { json } = await create({ name: uniq("IfMatch ") });
    const res = await call(item.PATCH, "PATCH", `/api/v1/customers/${json.data.id}`, {
      key,
      params: { id: json.data.id },
      body: { city: "X" },
      headers: { "if-match": "banana" },
    });
    expect(res.status).toBe(400);
  });

  it("returns 409 with the field for a duplicate account number or email", async () => {
    const account = uniq("DUP-");
    const email = `${uniq("dup")}@example.test`;
    expect((await create({ name: "First", accountNumber: account, email })).status).toBe(201);
    const byAccount = await create({ name: "Second", accountNumber: account.toLowerCase() });
    expect(byAccount.status).toBe(409);
    expect(byAccount.json.error.details).toHaveProperty("accountNumber");
    const byEmail = await create({ name: "Third", email: email.toUpperCase() });
    expect(byEmail.status).toBe(409);
    expect(byEmail.json.error.details).toHaveProperty("email");
  });

  it("lists with search, filters, sort and pagination metadata", async () => {
    const tag = uniq("tag-");
    for (const name of ["Zeta Jets", "Alpha Air", "Mégane Aéro"]) {
      expect((await create({ name, tags: [tag], status: name === "Zeta Jets" ? "inactive" : "active" })).status).toBe(
        201,
      );
    }
    const list = await call(collection.GET, "GET", `/api/v1/customers?tag=${tag}&sort=-name&perPage=50`, { key });
    expect(list.status).toBe(200);
    expect(list.json.data.map((c: { name: string }) => c.name)).toEqual(["Zeta Jets", "Mégane Aéro", "Alpha Air"]);
    expect(list.json.meta).toEqual({
      total: 3,
      totalCapped: false,
      totalEstimated: false,
      page: 1,
      perPage: 50,
      pageCount: 1,
    });

    const search = await call(collection.GET, "GET", `/api/v1/customers?tag=${tag}&q=megane`, { key });
    expect(search.json.data.map((c: { name: string }) => c.name)).toEqual(["Mégane Aéro"]);
    expect(search.json.data[0].matchedAsset).toBeNull();

    const inactive = await call(collection.GET, "GET", `/api/v1/customers?tag=${tag}&status=inactive`, { key });
    expect(inactive.json.meta.total).toBe(1);

    const paged = await call(collection.GET, "GET", `/api/v1/customers?tag=${tag}&perPage=999&page=2`, { key });
    expect(paged.json.meta).toMatchObject({ perPage: 100, page: 2 });
    expect(paged.json.data).toEqual([]);
  });

  it("answers 404 for another organization's customer and for a malformed id", async () => {
    const other = await makeOrg();
    const otherKey = await makeApiKey(other.id);
    const { json } = await create({ name: "Private Co" });
    expect((await get(json.data.id, otherKey)).status).toBe(404);
    const patch = await call(item.PATCH, "PATCH", `/api/v1/customers/${json.data.id}`, {
      key: otherKey,
      params: { id: json.data.id },
      body: { name: "Hijack" },
    });
    expect(patch.status).toBe(404);
    expect((await get("not-a-uuid")).status).toBe(404);
    expect((await get(json.data.id)).json.data.name).toBe("Private Co");
  });

  it("enforces the key's role: viewer reads, staff writes, manager archives, admin deletes", async () => {
    const viewer = await makeApiKey(orgId, "viewer");
    const staff = await makeApiKey(orgId, "staff");
    const manager = await makeApiKey(orgId, "manager");
    expect((await call(collection.GET, "GET", "/api/v1/customers", { key: viewer })).status).toBe(200);
    expect((await create({ name: "By viewer" }, viewer)).status).toBe(403);
    const { json, status } = await create({ name: "By staff" }, staff);
    expect(status).toBe(201);
    const id = json.data.id;
    expect((await call(item.DELETE, "DELETE", `/api/v1/customers/${id}`, { key: staff, params: { id } })).status).toBe(
      403,
    );
    expect(
      (await call(item.DELETE, "DELETE", `/api/v1/customers/${id}`, { key: manager, params: { id } })).status,
    ).toBe(200);
    const permanent = `/api/v1/customers/${id}?permanent=true`;
    expect((await call(item.DELETE, "DELETE", permanent, { key: manager, params: { id } })).status).toBe(403);
    expect((await call(item.DELETE, "DELETE", permanent, { key, params: { id } })).status).toBe(204);
  });

  it("hides unexpected failures behind a 500 with a reference, not a stack trace", async () => {
    const { errorResponse } = await import("@/lib/api/respond");
    const res = errorResponse(new Error("secret internals"));
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.code).toBe("INTERNAL");
    expect(JSON.stringify(body)).not.toContain("secret internals");
    expect(body.error.requestId).toMatch(/[0-9a-f-]{36}/);
  });
});

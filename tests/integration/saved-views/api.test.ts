// REST /api/v1/saved-views: a key acts as its user; sharing takes a manager key; a key without a
// user sees shared views only; another organization's view is a 404.
import { beforeAll, describe, expect, it } from "vitest";
import * as views from "@/app/api/v1/saved-views/route";
import * as viewItem from "@/app/api/v1/saved-views/[id]/route";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import type { ApiKeyRole } from "@/lib/api-keys/schemas";
import { db } from "@/lib/db";
import { call, makeApiKey } from "../../support/api";
import { makeOrg, makeUser, uniq } from "../../factories";

let managerKey: string;
let staffKey: string;
let userlessKey: string;
let otherOrgKey: string;

async function keyFor(orgId: string, role: ApiKeyRole) {
  const user = await makeUser(orgId, role);
  return (await createApiKeyWithSecret(db, { orgId, name: `key-${role}`, role, createdById: user.id })).key;
}

beforeAll(async () => {
  const org = await makeOrg();
  managerKey = await keyFor(org.id, "manager");
  staffKey = await keyFor(org.id, "staff");
  userlessKey = await makeApiKey(org.id, "admin");
  otherOrgKey = await keyFor((await makeOrg()).id, "admin");
});

const create = (body: unknown, key = managerKey) => call(views.POST, "POST", "/api/v1/saved-views", { key, body });
const list = (key: string, query = "?resource=customers") =>
  call(views.GET, "GET", `/api/v1/saved-views${query}`, { key });
const item = (method: string, id: string, key: string, body?: unknown) => {
  const handler = { GET: viewItem.GET, PATCH: viewItem.PATCH, DELETE: viewItem.DELETE }[method]!;
  return call(handler, method, `/api/v1/saved-views/${id}`, { key, body, params: { id } });
};

describe("REST /api/v1/saved-views", () => {
  it("creates, lists, reads, renames and deletes a view", async () => {
    const name = uniq("Active VIPs ");
    const created = await create({ resource: "customers", name, query: "status=active&tag=vip&sort=-lastActivity" });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/api/v1/saved-views/${created.json.data.id}`);
    expect(created.json.data).toMatchObject({ name, shared: false, query: "status=active&tag=vip&sort=-lastActivity" });
    const id: string = created.json.data.id;
    expect((await list(managerKey)).json.data.map((v: { id: string }) => v.id)).toContain(id);
    expect((await item("GET", id, managerKey)).json.data).toMatchObject({ id, isOwn: true, canEdit: true });
    const renamed = await item("PATCH", id, managerKey, { name: "Renamed", shared: true });
    expect(renamed.status).toBe(200);
    expect(renamed.json.data).toMatchObject({ name: "Renamed", shared: true });
    expect((await item("DELETE", id, managerKey)).json.data).toEqual({ id });
    expect((await item("GET", id, managerKey)).status).toBe(404);
  });

  it("answers 422 per field, 409 for a duplicate name, 403 for sharing with a staff key", async () => {
    const invalid = await create({ resource: "nope", name: "" });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.json.error.details).sort()).toEqual(["name", "resource"]);
    const name = uniq("Dup ");
    expect((await create({ resource: "customers", name })).status).toBe(201);
    const duplicate = await create({ resource: "customers", name });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.details).toHaveProperty("name");
    expect((await create({ resource: "customers", name: uniq("S "), shared: true }, staffKey)).status).toBe(403);
  });

  it("shows a key without a user the shared views only, and refuses it a view of its own", async () => {
    const shared = (await create({ resource: "customers", name: uniq("Shared "), shared: true })).json.data;
    const personal = (await create({ resource: "customers", name: uniq("Mine ") })).json.data;
    const ids = (await list(userlessKey)).json.data.map((v: { id: string }) => v.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(personal.id);
    expect((await create({ resource: "customers", name: "x" }, userlessKey)).status).toBe(403);
    expect((await item("PATCH", shared.id, staffKey, { name: "Mine now" })).status).toBe(403);
  });

  it("answers 404 for another organization's view and 422 for an unknown list", async () => {
    const shared = (await create({ resource: "customers", name: uniq("Org "), shared: true })).json.data;
    expect((await item("GET", shared.id, otherOrgKey)).status).toBe(404);
    expect((await item("DELETE", shared.id, otherOrgKey)).status).toBe(404);
    expect((await list(otherOrgKey)).json.data).toEqual([]);
    expect((await list(managerKey, "?resource=invoices")).status).toBe(422);
  });
});

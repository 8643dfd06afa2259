// REST /api/v1/customers/{id}/contacts: list, add, read, patch (incl. primary), delete, restore; errors and roles.
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/customers/[id]/contacts/route";
import * as item from "@/app/api/v1/customers/[id]/contacts/[contactId]/route";
import * as restoreRoute from "@/app/api/v1/customers/[id]/contacts/[contactId]/restore/route";
import { ctxFor, makeCustomerRow, makeOrg, uniq } from "../../factories";
import { call, makeApiKey } from "../../support/api";

let key: string;
let orgId: string;

beforeAll(async () => {
  orgId = (await makeOrg()).id;
  key = await makeApiKey(orgId, "manager");
});

const customer = (org = orgId) => makeCustomerRow(ctxFor(org, null, "admin"));
const path = (id: string, contactId?: string) => `/api/v1/customers/${id}/contacts${contactId ? `/${contactId}` : ""}`;
const list = (id: string, k: string | null = key) => call(collection.GET, "GET", path(id), { key: k, params: { id } });
const add = (id: string, body: unknown, k = key) =>
  call(collection.POST, "POST", path(id), { key: k, params: { id }, body });
const get = (id: string, contactId: string) =>
  call(item.GET, "GET", path(id, contactId), { key, params: { id, contactId } });
const patch = (id: string, contactId: string, body: unknown, headers?: Record<string, string>) =>
  call(item.PATCH, "PATCH", path(id, contactId), { key, params: { id, contactId }, body, headers });
const remove = (id: string, contactId: string, k = key) =>
  call(item.DELETE, "DELETE", path(id, contactId), { key: k, params: { id, contactId } });
const restore = (id: string, contactId: string) =>
  call(restoreRoute.POST, "POST", `${path(id, contactId)}/restore`, { key, params: { id, contactId } });
const body = (overrides: Record<string, unknown> = {}) => ({
  firstName: "Ana",
  lastName: uniq("Ruiz-"),
  email: `${uniq("ana-")}@Example.test`,
  ...overrides,
});

describe("REST /api/v1/customers/{id}/contacts", () => {
  it("adds, lists, reads, patches, switches the primary, deletes and restores", async () => {
    const { id } = await customer();
    const first = await add(id, body({ phone: "(212) 555-0101", roles: ["billing"] }));
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(path(id, first.json.data.id));
    expect(first.json.data).toMatchObject({
      customerId: id,
      phone: "+12125550101",
      roles: ["billing"],
      primary: true,
      version: 1,
    });
    expect(first.json.data.email).toMatch(/@example\.test$/);
    expect(first.json.data).not.toHaveProperty("organizationId");
    const second = await add(id, body());
    expect(second.json.data.primary).toBe(false);
    const third = await add(id, body({ primary: true }));
    expect(third.json.data.primary).toBe(true);
    expect((await remove(id, third.json.data.id)).status).toBe(204);

    const read = await get(id, first.json.data.id);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"1"');

    const edited = await patch(id, first.json.data.id, { jobTitle: "Accounts" }, { "If-Match": '"1"' });
    expect(edited.json.data).toMatchObject({ jobTitle: "Accounts", version: 2 });
    expect((await patch(id, first.json.data.id, { jobTitle: "Stale" }, { "If-Match": '"1"' })).status).toBe(409);

    const promoted = await patch(id, second.json.data.id, { primary: true });
    expect(promoted.status).toBe(200);
    expect(promoted.json.data.primary).toBe(true);
    expect((await patch(id, second.json.data.id, { primary: false })).status).toBe(422);
    expect((await list(id)).json.data.map((c: { id: string; primary: boolean }) => [c.id, c.primary])).toEqual([
      [second.json.data.id, true],
      [first.json.data.id, false],
    ]);

    expect((await remove(id, second.json.data.id)).status).toBe(204);
    expect((await list(id)).json.data).toMatchObject([{ id: first.json.data.id, primary: true }]);
    expect((await get(id, second.json.data.id)).status).toBe(404);
    const restored = await restore(id, second.json.data.id);
    expect(restored.status).toBe(200);
    expect(restored.json.data).toMatchObject({ id: second.json.data.id, primary: false });
    expect((await restore(id, second.json.data.id)).status).toBe(409);
  });

  it("answers validation errors, duplicates and other customers' contacts with the JSON error format", async () => {
    const { id } = await customer();
    expect((await add(id, body({ primary: "yes" }))).json.error.details.primary).toEqual([
      "primary must be true or false",
    ]);
    const invalid = await add(id, { firstName: "", email: "nope" });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.json.error.details).sort()).toEqual(["email", "firstName", "lastName"]);
    const created = await add(id, body({ email: "dup@example.test" }));
    const duplicate = await add(id, body({ email: "DUP@example.test" }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.details.email).toEqual(["dup@example.test is already a contact of this customer"]);

    const other = await customer();
    expect((await get(other.id, created.json.data.id)).status).toBe(404);
    expect((await patch(other.id, created.json.data.id, { primary: true })).status).toBe(404);
    expect((await remove(other.id, created.json.data.id)).status).toBe(404);
    const foreign = await customer((await makeOrg()).id);
    expect((await list(foreign.id)).status).toBe(404);
    expect((await add(foreign.id, body())).status).toBe(404);
  });

  it("lets a viewer key read but not write", async () => {
    const { id } = await customer();
    const created = await add(id, body());
    const viewer = await makeApiKey(orgId, "viewer");
    expect((await list(id, viewer)).status).toBe(200);
    expect((await add(id, body(), viewer)).status).toBe(403);
    expect((await remove(id, created.json.data.id, viewer)).status).toBe(403);
    expect((await list(id, null)).status).toBe(401);
  });
});

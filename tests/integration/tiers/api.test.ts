// REST: /api/v1/tiers CRUD with delete destinations, customers' terms and internal notes in the
// resource, the list's tier/owner params, and /api/v1/customers/{id}/owner.
import { beforeAll, describe, expect, it } from "vitest";
import * as tiers from "@/app/api/v1/tiers/route";
import * as tierItem from "@/app/api/v1/tiers/[id]/route";
import * as customers from "@/app/api/v1/customers/route";
import * as customerItem from "@/app/api/v1/customers/[id]/route";
import * as owner from "@/app/api/v1/customers/[id]/owner/route";
import { call, makeApiKey, makeOrgWithApiKey } from "../../support/api";
import { makeUser, uniq } from "../../factories";

let key: string;
let staffKey: string;
let orgId: string;

beforeAll(async () => {
  ({ orgId, key } = await makeOrgWithApiKey());
  staffKey = await makeApiKey(orgId, "staff");
});

const createTier = (body: unknown, k = key) => call(tiers.POST, "POST", "/api/v1/tiers", { key: k, body });

describe("REST /api/v1/tiers", () => {
  it("creates, lists, patches and deletes tiers; moveTo=none clears customers' tier", async () => {
    const created = await createTier({ name: uniq("Gold "), level: 2, discountPercent: "10.5", color: "#FFD700" });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ level: 2, discountPercent: "10.50", color: "#ffd700", version: 1 });
    expect(created.json.data).not.toHaveProperty("organizationId");
    const tierId: string = created.json.data.id;
    const params = { id: tierId };

    expect((await createTier({ name: "x", level: 1, discountPercent: 12.345 })).status).toBe(422);
    expect((await createTier({ name: "x", level: 1, discountPercent: "1" }, staffKey)).status).toBe(403);

    const patched = await call(tierItem.PATCH, "PATCH", `/api/v1/tiers/${tierId}`, {
      key,
      params,
      body: { discountPercent: "12.50" },
      headers: { "if-match": '"1"' },
    });
    expect(patched.json.data).toMatchObject({ discountPercent: "12.50", version: 2 });

    const customer = await call(customers.POST, "POST", "/api/v1/customers", {
      key,
      body: { name: uniq("Tiered "), tierId },
    });
    const listed = await call(tiers.GET, "GET", "/api/v1/tiers", { key: staffKey });
    expect(listed.json.data.find((t: { id: string }) => t.id === tierId)).toMatchObject({ customerCount: 1 });

    const refused = await call(tierItem.DELETE, "DELETE", `/api/v1/tiers/${tierId}`, { key, params });
    expect(refused.status).toBe(409);
    const deleted = await call(tierItem.DELETE, "DELETE", `/api/v1/tiers/${tierId}?moveTo=none`, { key, params });
    expect(deleted.json.data).toEqual({ id: tierId, moved: 1 });
    const after = await call(customerItem.GET, "GET", `/api/v1/customers/${customer.json.data.id}`, {
      key,
      params: { id: customer.json.data.id },
    });
    expect(after.json.data.tierId).toBeNull();
    expect((await call(tierItem.GET, "GET", `/api/v1/tiers/${tierId}`, { key, params })).status).toBe(404);
  });
});

describe("REST customers: terms, internal notes, filters, owner", () => {
  it("returns money as a decimal string and internal notes only when asked for", async () => {
    const body = { name: uniq("Terms "), creditLimit: "1234567.89", paymentTermsDays: 30, internalNotes: "Pays late" };
    const created = await call(customers.POST, "POST", "/api/v1/customers", { key, body });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({
      creditLimit: "1234567.89",
      paymentTermsDays: 30,
      customerType: "standard",
    });
    expect(created.json.data).not.toHaveProperty("internalNotes");
    const id: string = created.json.data.id;
    const withNotes = await call(customerItem.GET, "GET", `/api/v1/customers/${id}?include=internalNotes`, {
      key,
      params: { id },
    });
    expect(withNotes.json.data.internalNotes).toBe("Pays late");
    const numeric = await call(customers.POST, "POST", "/api/v1/customers", {
      key,
      body: { name: uniq("N "), creditLimit: 10.5 },
    });
    expect(numeric.status).toBe(422);
    expect(numeric.json.error.details.creditLimit).toBeDefined();
  });

  it("filters the list by tier and owner, and transfers ownership with history", async () => {
    const staff = await makeUser(orgId, "staff");
    const manager = await makeUser(orgId, "manager");
    const name = uniq("Owned ");
    const created = await call(customers.POST, "POST", "/api/v1/customers", { key, body: { name } });
    const id: string = created.json.data.id;
    expect(created.json.data.ownerId).toBeNull();
    const path = `/api/v1/customers/${id}/owner`;

    const forbidden = await call(owner.POST, "POST", path, {
      key: staffKey,
      params: { id },
      body: { toUserId: staff.id, reason: "Mine now" },
    });
    expect(forbidden.status).toBe(403);
    const invalid = await call(owner.POST, "POST", path, { key, params: { id }, body: { toUserId: staff.id } });
    expect(invalid.status).toBe(422);
    const moved = await call(owner.POST, "POST", path, {
      key,
      params: { id },
      body: { toUserId: staff.id, reason: "Account split" },
    });
    expect(moved.status).toBe(200);
    expect(moved.json.data).toMatchObject({ ownerId: staff.id, version: 2 });
    await call(owner.POST, "POST", path, { key, params: { id }, body: { toUserId: manager.id, reason: "Escalation" } });

    const history = await call(owner.GET, "GET", path, { key: staffKey, params: { id } });
    expect(history.json.data.map((h: { reason: string }) => h.reason)).toEqual(["Escalation", "Account split"]);
    expect(history.json.data[1]).toMatchObject({ from: null, to: { id: staff.id } });

    const byOwner = await call(
      customers.GET,
      "GET",
      `/api/v1/customers?owner=${manager.id}&q=${encodeURIComponent(name)}`,
      { key },
    );
    expect(byOwner.json.data.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(byOwner.json.data[0].owner).toEqual({ id: manager.id, name: manager.name });
    const noTier = await call(customers.GET, "GET", `/api/v1/customers?tier=none&owner=none`, { key });
    expect(noTier.json.data.map((c: { id: string }) => c.id)).not.toContain(id);
  });
});

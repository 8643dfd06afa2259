// GET /api/v1/events: admin keys page the organization's feed by cursor, filter by type, see no other
// organization's events; other roles are refused and a made-up cursor is a 422.
import { describe, expect, it } from "vitest";
import * as route from "@/app/api/v1/events/route";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { ctxFor, uniq } from "@/tests/factories";
import { call, makeApiKey, makeOrgWithApiKey } from "../../support/api";

const get = (key: string, query = "") => call(route.GET, "GET", `/api/v1/events${query}`, { key });

async function orgWithChanges(customers: number) {
  const { orgId, key } = await makeOrgWithApiKey();
  const ctx = ctxFor(orgId, null, "admin");
  const ids: string[] = [];
  for (let i = 0; i < customers; i++) {
    const { id } = await createCustomer(ctx, { name: uniq("Feed ") });
    await updateCustomer(ctx, id, { notes: "Updated" });
    ids.push(id);
  }
  return { orgId, key, ids };
}

describe("GET /api/v1/events", () => {
  it("pages through the feed with nextCursor, in order, and filters by type", async () => {
    const { key, ids, orgId } = await orgWithChanges(3);
    const other = await orgWithChanges(1);
    const seen: { type: string; id: string }[] = [];
    let after = "";
    for (let page = 0; page < 10; page++) {
      const { status, json } = await get(key, `?limit=4${after ? `&after=${after}` : ""}`);
      expect(status).toBe(200);
      if (json.data.length === 0) break;
      expect(json.data.length).toBeLessThanOrEqual(4);
      seen.push(
        ...json.data.map((e: { type: string; resource: { id: string } }) => ({ type: e.type, id: e.resource.id })),
      );
      expect(json.data.every((e: { organizationId: string }) => e.organizationId === orgId)).toBe(true);
      after = json.meta.nextCursor;
    }
    expect(seen).toEqual(
      ids.flatMap((id) => [
        { type: "customer.created", id },
        { type: "customer.updated", id },
      ]),
    );
    expect(seen.some((event) => other.ids.includes(event.id))).toBe(false);

    const updated = await get(key, "?types=customer.updated,contact.created");
    expect(updated.json.data.map((e: { resource: { id: string } }) => e.resource.id)).toEqual(ids);
    expect(updated.json.data[0].changed).toEqual(["notes"]);
    expect(updated.json.data[0].data).toMatchObject({ id: ids[0], notes: "Updated" });
    expect(updated.json.data[0].actor.type).toBe("user");
  });

  it("answers nothing new after the last event, keeping the cursor", async () => {
    const { key } = await orgWithChanges(1);
    const { json } = await get(key);
    const end = await get(key, `?after=${json.meta.nextCursor}`);
    expect(end.json).toEqual({ data: [], meta: { nextCursor: json.meta.nextCursor } });
  });

  it("is for admin keys only, and refuses a cursor it did not issue or an unknown type", async () => {
    const { orgId, key } = await makeOrgWithApiKey();
    expect((await get(await makeApiKey(orgId, "manager"))).status).toBe(403);
    expect((await get(key, "?after=bm90LWEtY3Vyc29y")).status).toBe(422);
    expect((await get(key, "?types=customer.exploded")).status).toBe(422);
    expect((await get(key, "?limit=0")).status).toBe(422);
  });
});

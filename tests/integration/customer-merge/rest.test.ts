// REST: POST /customers/{id}/merge (dry run == real run), undo, and a merged customer's URLs answering
// 308 to the survivor's (reads) or 404 (writes); every answer checked against the OpenAPI document.
import { describe, expect, it } from "vitest";
import { GET as getCustomer, PATCH as patchCustomer } from "@/app/api/v1/customers/[id]/route";
import { GET as listContacts } from "@/app/api/v1/customers/[id]/contacts/route";
import { POST as merge } from "@/app/api/v1/customers/[id]/merge/route";
import { POST as undo } from "@/app/api/v1/customers/[id]/merge/[mergeId]/undo/route";
import { call, makeApiKey } from "@/tests/support/api";
import { makeDuplicates } from "./helpers";

describe("REST customer merge", () => {
  it("dry run answers exactly what the real run moves; then the tombstone redirects and undo restores", async () => {
    const s = await makeDuplicates();
    const key = await makeApiKey(s.ctx.orgId, "manager");
    const path = `/api/v1/customers/${s.a.id}/merge`;
    const body = { from: [s.b.id], fields: { name: s.b.id } };
    const dry = await call(merge, "POST", path, { key, params: { id: s.a.id }, body: { ...body, dryRun: true } });
    expect(dry.status).toBe(200);
    expect(dry.json.data).toMatchObject({ dryRun: true, mergeId: null, survivorId: s.a.id, mergedIds: [s.b.id] });
    expect(dry.json.data.moves.workOrders.rows).toHaveLength(2);
    const real = await call(merge, "POST", path, { key, params: { id: s.a.id }, body });
    expect(real.status).toBe(200);
    const { dryRun: _d, mergeId, ...done } = real.json.data;
    const { dryRun: _e, mergeId: _m, ...planned } = dry.json.data;
    expect(done).toEqual(planned);
    expect(mergeId).toEqual(expect.any(String));

    const read = await call(getCustomer, "GET", `/api/v1/customers/${s.b.id}?include=internalNotes`, {
      key,
      params: { id: s.b.id },
    });
    expect(read.status).toBe(308);
    expect(read.headers.get("location")).toBe(`http://localhost/api/v1/customers/${s.a.id}?include=internalNotes`);
    expect(read.json).toEqual({ mergedInto: s.a.id });
    const contacts = await call(listContacts, "GET", `/api/v1/customers/${s.b.id}/contacts`, {
      key,
      params: { id: s.b.id },
    });
    expect(contacts.status).toBe(308);
    expect(contacts.headers.get("location")).toBe(`http://localhost/api/v1/customers/${s.a.id}/contacts`);
    const write = await call(patchCustomer, "PATCH", `/api/v1/customers/${s.b.id}`, {
      key,
      params: { id: s.b.id },
      body: { notes: "x" },
    });
    expect(write.status).toBe(404);
    expect(write.json.error.message).toContain(s.a.id);
    const again = await call(merge, "POST", path, { key, params: { id: s.a.id }, body });
    expect(again.status).toBe(409);

    const undone = await call(undo, "POST", `${path}/${mergeId}/undo`, { key, params: { id: s.a.id, mergeId } });
    expect(undone.status).toBe(200);
    expect(undone.json.data).toEqual({ survivorId: s.a.id, restoredIds: [s.b.id] });
    const back = await call(getCustomer, "GET", `/api/v1/customers/${s.b.id}`, { key, params: { id: s.b.id } });
    expect(back.status).toBe(200);
    expect(back.json.data.accountNumber).toBe(s.b.accountNumber);
    const twice = await call(undo, "POST", `${path}/${mergeId}/undo`, { key, params: { id: s.a.id, mergeId } });
    expect(twice.status).toBe(409);
  });

  it("needs a manager key and the key's own organization", async () => {
    const s = await makeDuplicates();
    const other = await makeDuplicates();
    const path = `/api/v1/customers/${s.a.id}/merge`;
    const staff = await makeApiKey(s.ctx.orgId, "staff");
    const refused = await call(merge, "POST", path, { key: staff, params: { id: s.a.id }, body: { from: [s.b.id] } });
    expect(refused.status).toBe(403);
    const foreign = await makeApiKey(other.ctx.orgId, "admin");
    const hidden = await call(merge, "POST", path, {
      key: foreign,
      params: { id: s.a.id },
      body: { from: [other.b.id] },
    });
    expect(hidden.status).toBe(404);
    const invalid = await call(merge, "POST", path, { key: foreign, params: { id: other.a.id }, body: { from: [] } });
    expect(invalid.status).toBe(422);
  });
});

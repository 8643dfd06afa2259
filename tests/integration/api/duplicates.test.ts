// REST possible duplicates: start a scan (202, joining a running one), read its state, list the pairs with
// the review page's params, dismiss a pair by its key and take that back; every answer checked against
// the OpenAPI document (tests/support/api.ts), roles and tenancy too.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listPairs } from "@/app/api/v1/duplicates/route";
import { GET as getScan, POST as startScan } from "@/app/api/v1/duplicates/scan/route";
import { DELETE as undoDismiss, POST as dismiss } from "@/app/api/v1/duplicates/[key]/dismiss/route";
import { db } from "@/lib/db";
import { pairKey } from "@/lib/duplicate-pairs/schemas";
import { runPendingJobs } from "@/lib/jobs";
import { makeContact, makeCustomer, makeOrgWithRoles, uniq } from "@/tests/factories";
import { call, makeApiKey } from "@/tests/support/api";

const tag = uniq("").toLowerCase();
let key: string;
let orgId: string;
let pair: string;
let ids: { a: string; b: string; c: string };

beforeAll(async () => {
  const { ctx } = await makeOrgWithRoles();
  orgId = ctx.manager.orgId;
  key = await makeApiKey(orgId, "manager");
  const a = await makeCustomer(ctx.manager, { name: `Alpine Air ${tag}`, email: `ops-${tag}@alpine.example` });
  const b = await makeCustomer(ctx.manager, { name: `Harbor Jets ${tag}` });
  await makeContact(ctx.manager, b.id, { email: `OPS-${tag}@alpine.example` });
  const c = await makeCustomer(ctx.manager, { name: `Cedar Flight ${tag}`, website: `cedar-${tag}.example` });
  await makeCustomer(ctx.manager, { name: `Cedar Aviation ${tag}`, website: `https://www.cedar-${tag}.example/` });
  ids = { a: a.id, b: b.id, c: c.id };
  pair = pairKey(a.id, b.id);
});

const list = (query = "") => call(listPairs, "GET", `/api/v1/duplicates${query}`, { key });
const dismissPath = (k: string) => `/api/v1/duplicates/${k}/dismiss`;

describe("REST possible duplicates", () => {
  it("starts one scan at a time (202 with the job), reports its state, then lists the pairs it found", async () => {
    const before = await call(getScan, "GET", "/api/v1/duplicates/scan", { key });
    expect(before.json.data).toEqual({ latest: null, lastCompletedAt: null });
    const started = await call(startScan, "POST", "/api/v1/duplicates/scan", { key });
    expect(started.status).toBe(202);
    expect(started.json.data).toMatchObject({ kind: "duplicate_scan", status: "queued" });
    expect(started.headers.get("location")).toBe(`/api/v1/jobs/${started.json.data.id}`);
    const again = await call(startScan, "POST", "/api/v1/duplicates/scan", { key });
    expect(again.status).toBe(202);
    expect(again.json.data.id).toBe(started.json.data.id);

    await runPendingJobs({ limit: 50 });
    const state = await call(getScan, "GET", "/api/v1/duplicates/scan", { key });
    expect(state.json.data.latest).toMatchObject({ id: started.json.data.id, status: "completed", created: 2 });
    expect(state.json.data.lastCompletedAt).toEqual(expect.any(String));

    const all = await list();
    expect(all.status).toBe(200);
    expect(all.json.meta).toEqual({ total: 2, page: 1, perPage: 25, pageCount: 1 });
    const found = all.json.data.find((row: { key: string }) => row.key === pair);
    expect(found).toMatchObject({
      reasons: [{ kind: "email", value: `ops-${tag}@alpine.example` }],
      mergeHref: expect.stringContaining(ids.a),
    });
    expect(found.customers.map((c: { id: string }) => c.id).sort()).toEqual([ids.a, ids.b].sort());
  });

  it("reads the review page's params: search, reason filter, sort, paging", async () => {
    const byWebsite = await list("?reason=websiteDomain");
    expect(byWebsite.json.data).toHaveLength(1);
    expect(byWebsite.json.data[0].customers.map((c: { id: string }) => c.id)).toContain(ids.c);
    expect(
      (await list(`?q=${encodeURIComponent(`harbor jets ${tag}`)}`)).json.data.map((r: { key: string }) => r.key),
    ).toEqual([pair]);
    const byName = await list("?sort=name");
    expect(byName.json.data[0].key).toBe(pair);
    expect((await list("?sort=-name")).json.data[1].key).toBe(pair);
    const paged = await list("?perPage=50&page=2");
    expect(paged.json).toEqual({ data: [], meta: { total: 2, page: 2, perPage: 50, pageCount: 1 } });
    // Bad values fall back to the defaults, as on the page.
    expect((await list("?sort=bogus&reason=bogus")).json.meta.total).toBe(2);
  });

  it("dismisses a pair by its key (body optional, the comma may be encoded) and takes it back", async () => {
    const done = await call(dismiss, "POST", dismissPath(pair), { key, params: { key: pair } });
    expect(done.status).toBe(200);
    expect(done.json.data).toEqual({ key: pair, customerIds: pair.split(","), dismissed: true });
    expect((await list()).json.meta.total).toBe(1);
    const reversed = `${ids.b}%2C${ids.a}`;
    const again = await call(dismiss, "POST", dismissPath(reversed), {
      key,
      params: { key: reversed },
      body: { note: "kept first" },
    });
    expect(again.json.data.dismissed).toBe(true);
    const [a, b] = pair.split(",");
    const stored = await db.duplicateDismissal.findUniqueOrThrow({
      where: { customerAId_customerBId: { customerAId: a!, customerBId: b! } },
    });
    expect(stored.note).toBeNull();

    const undone = await call(undoDismiss, "DELETE", dismissPath(pair), { key, params: { key: pair } });
    expect(undone.json.data).toEqual({ key: pair, customerIds: pair.split(","), dismissed: false });
    expect((await list()).json.meta.total).toBe(2);
  });

  it("answers 404 for a malformed key or another organization's pair, 403 to staff keys, 422 for a bad note", async () => {
    for (const bad of ["x", ids.a, `${ids.a},${ids.a}x`, `${ids.a},${ids.b},${ids.c}`]) {
      expect(
        (await call(dismiss, "POST", dismissPath(encodeURIComponent(bad)), { key, params: { key: bad } })).status,
      ).toBe(404);
    }
    const other = await makeOrgWithRoles();
    const theirKey = await makeApiKey(other.ctx.manager.orgId, "manager");
    const theirs = await call(dismiss, "POST", dismissPath(pair), { key: theirKey, params: { key: pair } });
    expect(theirs.status).toBe(404);
    expect((await call(listPairs, "GET", "/api/v1/duplicates", { key: theirKey })).json.meta.total).toBe(0);
    const staff = await makeApiKey(orgId, "staff");
    expect((await call(listPairs, "GET", "/api/v1/duplicates", { key: staff })).status).toBe(403);
    expect((await call(startScan, "POST", "/api/v1/duplicates/scan", { key: staff })).status).toBe(403);
    const long = await call(dismiss, "POST", dismissPath(pair), {
      key,
      params: { key: pair },
      body: { note: "x".repeat(501) },
    });
    expect(long.status).toBe(422);
    expect(Object.keys(long.json.error.details)).toEqual(["note"]);
  });
});

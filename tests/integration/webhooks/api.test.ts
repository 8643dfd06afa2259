// /api/v1/webhooks through the route handlers with an admin API key: create (secret once), list, get,
// update, test event, delivery log, replays, delete; staff keys are refused; answers match the OpenAPI.
import { randomUUID } from "node:crypto";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/webhooks/route";
import * as item from "@/app/api/v1/webhooks/[id]/route";
import * as deliveries from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as replayOne from "@/app/api/v1/webhooks/[id]/deliveries/[deliveryId]/replay/route";
import * as replaySince from "@/app/api/v1/webhooks/[id]/replay/route";
import { call, makeApiKey, makeOrgWithApiKey } from "../../support/api";

const host = `hooks-${randomUUID().slice(0, 8)}.example.com`;
const server = setupServer(http.post(`https://${host}/in`, () => new HttpResponse(null, { status: 200 })));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("/api/v1/webhooks", () => {
  it("creates an endpoint whose secret is shown once, then lists, updates, replays and deletes it", async () => {
    const { orgId, key } = await makeOrgWithApiKey();
    const created = await call(collection.POST, "POST", "/api/v1/webhooks", {
      key,
      body: { url: `https://${host}/in`, eventTypes: ["customer.updated"], description: "CRM sync" },
    });
    expect(created.status).toBe(201);
    const endpoint = created.json.data as { id: string; secret: string };
    expect(endpoint.secret).toMatch(/^whsec_/);
    const params = { id: endpoint.id };
    const listed = await call(collection.GET, "GET", "/api/v1/webhooks", { key });
    expect(listed.json.data).toHaveLength(1);
    expect(JSON.stringify(listed.json)).not.toContain(endpoint.secret);
    const got = await call(item.GET, "GET", `/api/v1/webhooks/${endpoint.id}`, { key, params });
    expect(got.json.data).not.toHaveProperty("secret");
    const patched = await call(item.PATCH, "PATCH", `/api/v1/webhooks/${endpoint.id}`, {
      key,
      params,
      body: { enabled: false },
    });
    expect(patched.json.data).toMatchObject({ enabled: false, disabledReason: "Disabled by an admin." });
    const log = await call(deliveries.GET, "GET", `/api/v1/webhooks/${endpoint.id}/deliveries`, { key, params });
    expect(log.json.data).toEqual([]);
    const since = await call(replaySince.POST, "POST", `/api/v1/webhooks/${endpoint.id}/replay`, {
      key,
      params,
      body: { since: new Date(0).toISOString() },
    });
    expect(since.status).toBe(202);
    expect(since.json.data).toEqual({ queued: 0 });
    const missing = await call(replayOne.POST, "POST", `/api/v1/webhooks/${endpoint.id}/deliveries/x/replay`, {
      key,
      params: { ...params, deliveryId: randomUUID() },
    });
    expect(missing.status).toBe(404);
    const other = await makeOrgWithApiKey();
    const hidden = await call(item.GET, "GET", `/api/v1/webhooks/${endpoint.id}`, { key: other.key, params });
    expect(hidden.status).toBe(404);
    const staff = await makeApiKey(orgId, "staff");
    expect((await call(collection.GET, "GET", "/api/v1/webhooks", { key: staff })).status).toBe(403);
    const deleted = await call(item.DELETE, "DELETE", `/api/v1/webhooks/${endpoint.id}`, { key, params });
    expect(deleted.status).toBe(204);
  });

  it("refuses plain http and private or loopback targets", async () => {
    const { key } = await makeOrgWithApiKey();
    for (const url of ["http://example.com/in", "https://127.0.0.1/in", "https://[::1]/in", "https://10.1.2.3/x"]) {
      const answer = await call(collection.POST, "POST", "/api/v1/webhooks", { key, body: { url } });
      expect(answer.status, url).toBe(422);
    }
  });
});

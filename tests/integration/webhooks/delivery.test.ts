// Webhook delivery: Standard Webhooks signatures, retries with backoff, order per resource, the automatic
// disable, filters and replay — the subscribers are MSW receivers, the clock is passed in.
import { randomUUID } from "node:crypto";
import { setupServer } from "msw/node";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ENDPOINT_DISABLE_AFTER_MS, RETRY_DELAYS_MS } from "@/lib/webhooks/delivery";
import {
  createWebhookEndpoint,
  replayWebhookDelivery,
  replayWebhookEventsSince,
  sendTestWebhook,
} from "@/lib/webhooks/mutations";
import { listWebhookDeliveries } from "@/lib/webhooks/queries";
import { makeCustomerRows, makeOrgWithRoles } from "@/tests/factories";
import { deliver, deliveriesOf, emit, publicResolve, receiver } from "./helpers";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const hookUrl = () => `https://hooks-${randomUUID().slice(0, 8)}.example.com/in`;

describe("webhook delivery", () => {
  it("signs each event per Standard Webhooks: the verifier accepts it and webhook-id is the event id", async () => {
    const { admin } = await makeOrgWithRoles();
    const url = hookUrl();
    const { received, handler } = receiver(url);
    server.use(handler);
    const { endpoint, secret } = await createWebhookEndpoint(admin, { url });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const [customer] = await makeCustomerRows(admin, 1);
    await emit(admin, [
      { type: "customer.updated", resourceType: "customer", resourceId: customer!, changed: ["status"] },
    ]);
    await deliver(admin);
    expect(received).toHaveLength(1);
    const payload = new Webhook(secret).verify(received[0]!.body, received[0]!.headers) as {
      type: string;
      timestamp: string;
      data: { id: string; resource: { id: string } };
    };
    expect(payload.type).toBe("customer.updated");
    expect(payload.data.resource.id).toBe(customer);
    expect(received[0]!.headers["webhook-id"]).toBe(payload.data.id);
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(received[0]!.body, received[0]!.headers),
    ).toThrow();
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempt: 1, responseCode: 200 });
  });

  it("retries a failing receiver with backoff and succeeds once it answers 2xx", async () => {
    const { admin } = await makeOrgWithRoles();
    const url = hookUrl();
    const { received, handler } = receiver(url, (n) => (n < 2 ? 500 : 204));
    server.use(handler);
    const { endpoint } = await createWebhookEndpoint(admin, { url });
    const [customer] = await makeCustomerRows(admin, 1);
    await emit(admin, [{ type: "customer.created", resourceType: "customer", resourceId: customer! }]);
    const t0 = new Date();
    await deliver(admin, t0);
    let [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "retrying", attempt: 1, responseCode: 500 });
    expect(delivery!.nextAttemptAt!.getTime()).toBe(t0.getTime() + RETRY_DELAYS_MS[0]);
    await deliver(admin, new Date(t0.getTime() + 10_000));
    expect(received).toHaveLength(1);
    const t1 = new Date(t0.getTime() + RETRY_DELAYS_MS[0]);
    await deliver(admin, t1);
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "retrying", attempt: 2 });
    expect(delivery!.nextAttemptAt!.getTime()).toBe(t1.getTime() + RETRY_DELAYS_MS[1]);
    await deliver(admin, new Date(t1.getTime() + RETRY_DELAYS_MS[1]));
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempt: 3, responseCode: 204, nextAttemptAt: null });
    expect(new Set(received.map((r) => r.headers["webhook-id"])).size).toBe(1);
  });

  it("marks a delivery failed after the last retry (~22 h in all)", async () => {
    const { admin } = await makeOrgWithRoles();
    const url = hookUrl();
    const { received, handler } = receiver(url, () => 503);
    server.use(handler);
    const { endpoint } = await createWebhookEndpoint(admin, { url });
    const [customer] = await makeCustomerRows(admin, 1);
    await emit(admin, [{ type: "customer.created", resourceType: "customer", resourceId: customer! }]);
    let now = new Date();
    await deliver(admin, now);
    for (const delay of RETRY_DELAYS_MS) {
      now = new Date(now.getTime() + delay);
      await deliver(admin, now);
    }
    const total = RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeGreaterThan(20 * 3600_000);
    expect(total).toBeLessThan(25 * 3600_000);
    expect(received).toHaveLength(RETRY_DELAYS_MS.length + 1);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "failed", attempt: RETRY_DELAYS_MS.length + 1, nextAttemptAt: null });
  });

  it("keeps order per resource: a resource's next event waits while an earlier one is retrying", async () => {
    const { admin } = await makeOrgWithRoles();
    const url = hookUrl();
    let failFirst = true;
    const { received, handler } = receiver(url, () => (failFirst ? ((failFirst = false), 500) : 200));
    server.use(handler);
    const { endpoint } = await createWebhookEndpoint(admin, { url });
    const [a, b] = await makeCustomerRows(admin, 2);
    await emit(admin, [{ type: "customer.created", resourceType: "customer", resourceId: a! }]);
    await emit(admin, [{ type: "customer.updated", resourceType: "customer", resourceId: a! }]);
    await emit(admin, [{ type: "customer.created", resourceType: "customer", resourceId: b! }]);
    const t0 = new Date();
    await deliver(admin, t0);
    const kinds = () => received.map((r) => JSON.parse(r.body) as { type: string; data: { resource: { id: string } } });
    // a's first event failed; a's update waits; b is independent.
    expect(kinds().map((k) => [k.type, k.data.resource.id])).toEqual([
      ["customer.created", a],
      ["customer.created", b],
    ]);
    await deliver(admin, new Date(t0.getTime() + RETRY_DELAYS_MS[0]));
    expect(
      kinds()
        .slice(2)
        .map((k) => [k.type, k.data.resource.id]),
    ).toEqual([
      ["customer.created", a],
      ["customer.updated", a],
    ]);
    expect((await deliveriesOf(endpoint.id)).every((d) => d.status === "succeeded")).toBe(true);
  });

  it("disables an endpoint whose deliveries have all failed for the threshold, with a reason", async () => {
    const { admin } = await makeOrgWithRoles();
    const url = hookUrl();
    const { handler } = receiver(url, () => 500);
    server.use(handler);
    const { endpoint } = await createWebhookEndpoint(admin, { url });
    const [customer] = await makeCustomerRows(admin, 1);
    const t0 = new Date();
    await emit(admin, [{ type: "customer.created", resourceType: "customer", resourceId: customer! }]);
    await deliver(admin, t0);
    await emit(admin, [{ type: "customer.updated", resourceType: "customer", resourceId: randomUUID() }]);
    await deliver(admin, new Date(t0.getTime() + ENDPOINT_DISABLE_AFTER_MS - 60_000));
    expect(await db.webhookEndpoint.findUnique({ where: { id: endpoint.id } })).toMatchObject({ enabled: true });
    await emit(admin, [{ type: "customer.updated", resourceType: "customer", resourceId: randomUUID() }]);
    await deliver(admin, new Date(t0.getTime() + ENDPOINT_DISABLE_AFTER_MS + 60_000));
    const after = await db.webhookEndpoint.findUnique({ where: { id: endpoint.id } });
    expect(after).toMatchObject({ enabled: false });
    expect(after!.disabledReason).toMatch(/failed for 3 days/);
  });

  it("applies event-type and field filters, and starts at the end of the stream", async () => {
    const { admin } = await makeOrgWithRoles();
    const [customer] = await makeCustomerRows(admin, 1);
    await emit(admin, [
      { type: "customer.updated", resourceType: "customer", resourceId: customer!, changed: ["status"] },
    ]);
    const url = hookUrl();
    const { received, handler } = receiver(url);
    server.use(handler);
    await createWebhookEndpoint(admin, { url, eventTypes: ["customer.updated"], fieldFilter: ["status"] });
    await emit(admin, [
      { type: "customer.updated", resourceType: "customer", resourceId: customer!, changed: ["name"] },
      { type: "customer.created", resourceType: "customer", resourceId: randomUUID(), changed: ["status"] },
      { type: "customer.updated", resourceType: "customer", resourceId: customer!, changed: ["status", "name"] },
    ]);
    await deliver(admin);
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.body)).toMatchObject({
      type: "customer.updated",
      data: { changed: ["status", "name"] },
    });
  });

  it("replays one delivery and everything since a time", async () => {
    const { admin } = await makeOrgWithRoles();
    const url = hookUrl();
    const { received, handler } = receiver(url);
    server.use(handler);
    const { endpoint } = await createWebhookEndpoint(admin, { url });
    const since = new Date(Date.now() - 1000);
    const ids = await makeCustomerRows(admin, 3);
    await emit(
      admin,
      ids.map((id) => ({ type: "customer.created" as const, resourceType: "customer" as const, resourceId: id })),
    );
    await deliver(admin);
    expect(received).toHaveLength(3);
    const [first] = await deliveriesOf(endpoint.id);
    await replayWebhookDelivery(admin, endpoint.id, first!.id);
    await deliver(admin);
    expect(received).toHaveLength(4);
    expect(received[3]!.headers["webhook-id"]).toBe(first!.eventId);
    const { queued } = await replayWebhookEventsSince(admin, endpoint.id, { since: since.toISOString() });
    expect(queued).toBe(3);
    await deliver(admin);
    expect(received).toHaveLength(7);
    const log = await listWebhookDeliveries(admin, endpoint.id);
    expect(log).toHaveLength(7);
    expect(log.every((d) => d.status === "succeeded")).toBe(true);
  });

  it("sends a test event now and logs it", async () => {
    const { admin } = await makeOrgWithRoles();
    const url = hookUrl();
    const { received, handler } = receiver(url);
    server.use(handler);
    const { endpoint, secret } = await createWebhookEndpoint(admin, { url });
    const delivery = await sendTestWebhook(admin, endpoint.id, { resolve: publicResolve });
    expect(delivery).toMatchObject({ status: "succeeded", eventType: "webhook.test", responseCode: 200 });
    expect(new Webhook(secret).verify(received[0]!.body, received[0]!.headers)).toMatchObject({ type: "webhook.test" });
  });
});

describe("webhook delivery on several instances", () => {
  it("sends each event once when two instances run the step at the same time", async () => {
    const { admin } = await makeOrgWithRoles();
    const url = hookUrl();
    const { received, handler } = receiver(url);
    server.use(handler);
    await createWebhookEndpoint(admin, { url });
    const ids = await makeCustomerRows(admin, 6);
    await emit(
      admin,
      ids.map((id) => ({ type: "customer.created" as const, resourceType: "customer" as const, resourceId: id })),
    );
    await Promise.all([deliver(admin), deliver(admin), deliver(admin)]);
    expect(received.map((r) => r.headers["webhook-id"]).sort()).toHaveLength(6);
    expect(new Set(received.map((r) => r.headers["webhook-id"])).size).toBe(6);
  });
});

// The NATS JetStream relay against the real server on 127.0.0.1:4222 (started on every machine of this
// kind, and by .ci/run): subjects, headers and payloads; JetStream dropping what a crashed relay publishes
// again; resuming after a kill; two relays at once. Each test has its own stream and subject prefix, deleted
// afterwards. The first test runs before anything here loads the NATS client, to show the worker's step
// loads none of it without EVENTS_NATS_URL (the last one shows the same check sees it once loaded).
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { connect as connectTcp } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Ctx } from "@/lib/auth/context";
import { updateCustomer } from "@/lib/customers/mutations";
import { runBulkAction } from "@/lib/customers/bulk/run";
import { db } from "@/lib/db";
import { runAsSystem } from "@/lib/db/tenant-scope";
import type { BrokerStream } from "@/lib/events/nats/jetstream";
import type { NatsRelay, RelayRunOptions } from "@/lib/events/nats/relay";
import { makeContact, makeCustomer, makeCustomerRows, makeOrgWithRoles } from "@/tests/factories";
import { readFeed } from "./helpers";

const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";

/** A plain TCP probe, so checking the server loads no NATS module before the first test. */
function natsReachable(): Promise<boolean> {
  const { hostname, port } = new URL(NATS_URL);
  return new Promise((resolve) => {
    const socket = connectTcp({ host: hostname, port: Number(port || 4222) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000);
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}

const loadedNatsModules = () =>
  Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes("@nats-io"));

let nc: NatsConnection;
let jsm: JetStreamManager;
const streams: string[] = [];
const relays: NatsRelay[] = [];

beforeAll(async () => {
  if (!(await natsReachable())) {
    throw new Error(
      `NATS with JetStream is not reachable at ${NATS_URL}: start it (nats-server -js -a 127.0.0.1 -p 4222). ` +
        "These tests never skip: CI must prove the relay against the real server.",
    );
  }
});

afterAll(async () => {
  for (const relay of relays) await relay.close().catch(() => undefined);
  if (!nc) return;
  for (const name of streams) await jsm.streams.delete(name).catch(() => undefined);
  await nc.close();
});

async function client() {
  if (!nc) {
    const { connect } = await import("@nats-io/transport-node");
    const { jetstreamManager } = await import("@nats-io/jetstream");
    nc = await connect({ servers: NATS_URL });
    jsm = await jetstreamManager(nc);
  }
  return { nc, jsm };
}

/** A stream and subject prefix of this test's own. */
function testStream(): BrokerStream {
  const tag = randomUUID().slice(0, 8);
  const stream = { name: `CHTEST_${tag}`, subjectPrefix: `chtest_${tag}` };
  streams.push(stream.name);
  return stream;
}

async function openRelay(stream: BrokerStream): Promise<NatsRelay> {
  await client();
  const { openNatsRelay } = await import("@/lib/events/nats/relay");
  const relay = await openNatsRelay(NATS_URL, stream);
  relays.push(relay);
  return relay;
}

function runRelay(relay: NatsRelay, orgIds: string[], options: RelayRunOptions = {}) {
  return runAsSystem(() => relay.run({ organizationIds: orgIds, ...options }));
}

interface Stored {
  seq: number;
  subject: string;
  msgId: string | undefined;
  position: string | undefined;
  contentType: string | undefined;
  body: { id: string; organizationId: string; type: string } & Record<string, unknown>;
}

/** Every message in the stream, in stream order. */
async function storedMessages(name: string): Promise<Stored[]> {
  const { state } = await jsm.streams.info(name);
  const out: Stored[] = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
    const message = await jsm.streams.getMessage(name, { seq });
    if (!message) continue;
    out.push({
      seq,
      subject: message.subject,
      msgId: message.header.get("Nats-Msg-Id") || undefined,
      position: message.header.get("CustomerHub-Event-Position") || undefined,
      contentType: message.header.get("Content-Type") || undefined,
      body: message.json(),
    });
  }
  return out;
}

async function savedPosition(stream: string, orgId: string): Promise<number> {
  const row = await db.eventRelayPosition.findUnique({
    where: { stream_organizationId: { stream, organizationId: orgId } },
  });
  return Number(row?.position ?? 0);
}

/** `n` customer.updated events written by a real bulk action (set-based, like production). */
async function bulkUpdated(ctx: Ctx, n: number) {
  const ids = await makeCustomerRows(ctx, n);
  const outcome = await runBulkAction(
    ctx,
    { action: "setStatus", params: { status: "inactive" }, ids },
    { batchSize: 100, inlineLimit: n },
  );
  expect(outcome).toMatchObject({ result: { updated: n } });
}

/** Each organization's messages are its feed, once each, in position order. */
async function expectExactlyOnceInOrder(stored: Stored[], ctxs: Ctx[]) {
  for (const ctx of ctxs) {
    const { events } = await readFeed(ctx);
    const mine = stored.filter((message) => message.body.organizationId === ctx.orgId);
    expect(mine.map((message) => message.msgId)).toEqual(events.map((event) => event.id));
  }
  expect(new Set(stored.map((message) => message.msgId)).size).toBe(stored.length);
}

describe("NATS JetStream relay", () => {
  it("is not loaded at all without EVENTS_NATS_URL: the worker's step returns and imports no NATS module", async () => {
    delete process.env.EVENTS_NATS_URL;
    await import("@/lib/jobs/worker");
    const { relayEventsToBroker } = await import("@/lib/events/broker");
    expect(await runAsSystem(() => relayEventsToBroker())).toBeNull();
    expect(loadedNatsModules()).toEqual([]);
  });

  it("publishes events written by real mutations as <prefix>.<org>.<type> with the event id as Nats-Msg-Id", async () => {
    const { admin } = await makeOrgWithRoles();
    const customer = await makeCustomer(admin, { status: "active" });
    await updateCustomer(admin, customer.id, { status: "inactive" });
    await makeContact(admin, customer.id);
    const stream = testStream();
    const relay = await openRelay(stream);

    const report = await runRelay(relay, [admin.orgId]);

    const { events } = await readFeed(admin);
    expect(events.map((event) => event.type)).toEqual(["customer.created", "customer.updated", "contact.created"]);
    expect(report).toMatchObject({ published: 3, duplicates: 0, organizations: 1 });
    const stored = await storedMessages(stream.name);
    expect(stored).toHaveLength(3);
    stored.forEach((message, i) => {
      const event = events[i]!;
      expect(message.subject).toBe(`${stream.subjectPrefix}.${admin.orgId}.${event.type}`);
      expect(message.msgId).toBe(event.id);
      expect(message.contentType).toBe("application/json");
      expect(message.position).toBe(String(i + 1));
      expect(message.body).toEqual(event);
    });
    expect(stored[1]!.body).toMatchObject({ changed: ["status"], data: { id: customer.id, status: "inactive" } });
    expect(await savedPosition(stream.name, admin.orgId)).toBe(3);

    // Nothing new: a second run publishes nothing; a new event is published after the others.
    expect(await runRelay(relay, [admin.orgId])).toMatchObject({ published: 0, organizations: 0 });
    await updateCustomer(admin, customer.id, { status: "active" });
    expect(await runRelay(relay, [admin.orgId])).toMatchObject({ published: 1, duplicates: 0 });
    await expectExactlyOnceInOrder(await storedMessages(stream.name), [admin]);
  });

  it("the worker's step relays to EVENTS_NATS_STREAM once EVENTS_NATS_URL is set, and rests after a failure", async () => {
    const { relayEventsToBroker, resetBrokerRelay } = await import("@/lib/events/broker");
    const stream = testStream();
    await client();
    process.env.EVENTS_NATS_STREAM = stream.name;
    try {
      process.env.EVENTS_NATS_URL = "nats://127.0.0.1:1";
      expect(await runAsSystem(() => relayEventsToBroker())).toBeNull();
      process.env.EVENTS_NATS_URL = NATS_URL;
      const { admin } = await makeOrgWithRoles();
      const customer = await makeCustomer(admin);
      // Resting after the failure: no attempt until the pause is over (or reset).
      expect(await runAsSystem(() => relayEventsToBroker())).toBeNull();
      expect(await jsm.streams.info(stream.name).catch(() => null)).toBeNull();
      await resetBrokerRelay();

      const report = await runAsSystem(() => relayEventsToBroker());

      expect(report?.published).toBeGreaterThanOrEqual(1);
      const mine = (await storedMessages(stream.name)).filter((message) => message.body.organizationId === admin.orgId);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        subject: `${stream.subjectPrefix}.${admin.orgId}.customer.created`,
        body: { type: "customer.created", resource: { type: "customer", id: customer.id } },
      });
    } finally {
      delete process.env.EVENTS_NATS_URL;
      delete process.env.EVENTS_NATS_STREAM;
      await resetBrokerRelay();
    }
  });

  it("republishing after a crash between publish and saving the position stores nothing twice (Nats-Msg-Id)", async () => {
    const { admin } = await makeOrgWithRoles();
    await bulkUpdated(admin, 120);
    const stream = testStream();
    const relay = await openRelay(stream);
    expect(await runRelay(relay, [admin.orgId], { batchSize: 50 })).toMatchObject({ published: 120, duplicates: 0 });

    // The crash: JetStream has the events, the position was never saved.
    await db.eventRelayPosition.update({
      where: { stream_organizationId: { stream: stream.name, organizationId: admin.orgId } },
      data: { position: 0 },
    });
    const again = await runRelay(relay, [admin.orgId], { batchSize: 50 });

    expect(again).toMatchObject({ published: 120, duplicates: 120 });
    const stored = await storedMessages(stream.name);
    expect(stored).toHaveLength(120);
    await expectExactlyOnceInOrder(stored, [admin]);
    expect(await savedPosition(stream.name, admin.orgId)).toBe(120);
  });

  it("a relay killed mid-batch loses nothing: the next one resumes from the last acknowledged batch", async () => {
    const { admin } = await makeOrgWithRoles();
    await bulkUpdated(admin, 300);
    const stream = testStream();
    const { nc } = await client();
    const killer = new AbortController();
    let seen = 0;
    const watch = nc.subscribe(`${stream.subjectPrefix}.>`, {
      callback: () => {
        if (++seen === 130) killer.abort(new Error("killed"));
      },
    });
    const first = await openRelay(stream);

    await expect(runRelay(first, [admin.orgId], { batchSize: 50, signal: killer.signal })).rejects.toThrow("killed");
    await first.close();
    watch.unsubscribe();

    const saved = await savedPosition(stream.name, admin.orgId);
    const storedAtKill = (await storedMessages(stream.name)).length;
    expect(saved).toBeLessThan(300);
    expect(saved % 50).toBe(0);
    expect(storedAtKill).toBeGreaterThanOrEqual(130);
    expect(storedAtKill).toBeGreaterThanOrEqual(saved);

    const second = await openRelay(stream);
    const report = await runRelay(second, [admin.orgId], { batchSize: 50 });

    expect(report.published).toBe(300 - saved);
    expect(report.duplicates).toBe(storedAtKill - saved);
    const stored = await storedMessages(stream.name);
    expect(stored).toHaveLength(300);
    await expectExactlyOnceInOrder(stored, [admin]);
  });

  it("two relays running at once publish every event exactly once, each organization in order", async () => {
    const orgs = await Promise.all([makeOrgWithRoles(), makeOrgWithRoles(), makeOrgWithRoles()]);
    const ctxs = orgs.map((org) => org.admin);
    for (const ctx of ctxs) await bulkUpdated(ctx, 150);
    const stream = testStream();
    const [a, b] = await Promise.all([openRelay(stream), openRelay(stream)]);
    const orgIds = ctxs.map((ctx) => ctx.orgId);

    const reports = await Promise.all([
      runRelay(a!, orgIds, { batchSize: 40 }),
      runRelay(b!, orgIds, { batchSize: 40 }),
    ]);

    expect(reports[0]!.published + reports[1]!.published).toBe(450);
    expect(reports[0]!.duplicates + reports[1]!.duplicates).toBe(0);
    const stored = await storedMessages(stream.name);
    expect(stored).toHaveLength(450);
    await expectExactlyOnceInOrder(stored, ctxs);
    for (const ctx of ctxs) expect(await savedPosition(stream.name, ctx.orgId)).toBe(150);
    // The check of the first test sees the client once it is loaded.
    expect(loadedNatsModules().length).toBeGreaterThan(0);
  });
});

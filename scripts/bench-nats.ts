// `npm run bench:nats [-- --count 20000 --batch 500]`: writes N customers and their customer.created events
// (set-based, as imports do) into a fresh organization of the configured database, then times the NATS
// JetStream relay (lib/events/nats/relay.ts) publishing them all to a stream of its own on EVENTS_NATS_URL
// (default nats://127.0.0.1:4222). Prints events/s; the stream and the organization are deleted afterwards.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { db } from "@/lib/db";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { disconnectDb, getDbHandle } from "@/lib/db/client";
import { generateCustomers } from "@/lib/db/demo-data";
import { migrateDatabase } from "@/lib/db/setup";
import { connectPg, wrapPglite } from "@/lib/db/sql";
import { customerRowsForInsert } from "@/lib/customers/rows";
import { openNatsRelay } from "@/lib/events/nats/relay";
import { recordEvents } from "@/lib/events/record";

const { values } = parseArgs({
  options: { count: { type: "string", default: "20000" }, batch: { type: "string", default: "500" } },
});
const count = Number(values.count);
const batchSize = Number(values.batch);
const servers = process.env.EVENTS_NATS_URL || "nats://127.0.0.1:4222";
const WRITE_BATCH = 5000;

async function main() {
  await migrateDatabase();
  const handle = getDbHandle();
  const sql = handle.pglite ? wrapPglite(handle.pglite) : await connectPg(handle.connectionString!);
  const tag = randomUUID().slice(0, 8);
  const org = await db.organization.create({
    data: { id: randomUUID(), name: `NATS bench ${tag}`, slug: `nats-${tag}` },
  });
  const ctx = { orgId: org.id, userId: null, actor: "system" as const };
  const stream = { name: `BENCH_${tag}`, subjectPrefix: `bench_${tag}` };
  try {
    const writeStarted = performance.now();
    for (let start = 0; start < count; start += WRITE_BATCH) {
      const rows = customerRowsForInsert(
        org.id,
        generateCustomers(Math.min(WRITE_BATCH, count - start), 5, start),
        null,
      );
      const withIds = rows.map((row) => ({ ...row, id: randomUUID() }));
      await bulkInsert(sql, "customer", withIds);
      await db.$transaction((tx) =>
        recordEvents(
          tx,
          ctx,
          withIds.map((row) => ({ type: "customer.created", resourceType: "customer", resourceId: row.id })),
        ),
      );
    }
    const writeSeconds = (performance.now() - writeStarted) / 1000;
    console.log(`Wrote ${count.toLocaleString()} customers and events in ${writeSeconds.toFixed(1)} s.`);

    const relay = await openNatsRelay(servers, stream);
    const started = performance.now();
    let published = 0;
    while (published < count) {
      const report = await relay.run({ organizationIds: [org.id], batchSize, maxBatches: 1_000_000 });
      if (report.published === 0) throw new Error(`The relay stopped at ${published} of ${count}.`);
      published += report.published;
    }
    const seconds = (performance.now() - started) / 1000;
    await relay.close();
    const database = handle.pglite ? "PGlite" : "PostgreSQL";
    console.log(
      `Relayed ${published.toLocaleString()} events to JetStream in ${seconds.toFixed(1)} s ` +
        `(${Math.round(published / seconds).toLocaleString()} events/s; ${database}, batches of ${batchSize}).`,
    );
  } finally {
    const nc = await connect({ servers });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(stream.name).catch(() => undefined);
    await nc.close();
    await db.organization.delete({ where: { id: org.id } });
    await sql.close();
  }
}

await main();
await disconnectDb();

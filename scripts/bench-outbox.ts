// `npm run bench:outbox [-- --rows 100000 --iterations 200]`: what the transactional outbox (lib/events/record.ts)
// adds to writes, against DATABASE_URL or a local benchmark database.
// - Single writes: a customer update through the data layer (its transaction writes the event) next to the
//   event's statement timed inside a transaction (the commit is the write's anyway): the outbox's share of a write.
// - Imports: the outbox statement an import batch runs (one INSERT … SELECT of `customer.created` events per
//   batch of IMPORT_BATCH_ROWS, the payload read from the customers) over N seeded customers, as seconds
//   per 100,000 rows — to set against `npm run bench:import`'s time for the same rows.
// The benchmark's events are deleted afterwards.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { disconnectDb, getDbHandle } from "@/lib/db/client";
import { connectPg, wrapPglite } from "@/lib/db/sql";
import { migrateDatabase } from "@/lib/db/setup";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { recordEvent, recordEvents, type EventRow } from "@/lib/events/record";
import { updateCustomer } from "@/lib/customers/mutations";
import { importConfig } from "@/lib/imports/config";
import { ensureBenchOrg } from "./bench-dataset";
import { percentile } from "./bench-stats";

const { values } = parseArgs({
  options: { rows: { type: "string", default: "100000" }, iterations: { type: "string", default: "200" } },
});
const rowCount = Number(values.rows);
const iterations = Number(values.iterations);
process.env.DATABASE_URL ||= "postgresql://postgres@127.0.0.1:5432/chub_bench_outbox";

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function main() {
  await migrateDatabase();
  const handle = getDbHandle();
  const sql = handle.pglite ? wrapPglite(handle.pglite) : await connectPg(handle.connectionString!);
  const seeded = await ensureBenchOrg(sql, rowCount);
  const user = await db.user.create({
    data: { id: randomUUID(), name: "Bench Writer", email: `bench-${randomUUID()}@example.test`, emailVerified: true },
  });
  await db.member.create({
    data: { id: randomUUID(), organizationId: seeded.orgId, userId: user.id, role: "admin", createdAt: new Date() },
  });
  const ctx: Ctx = { orgId: seeded.orgId, userId: user.id, role: "admin", actor: "user" };
  const inOrg = <T>(work: () => Promise<T>) => runInOrganization(ctx.orgId, work);
  const ids = (
    await db.customer.findMany({ where: { organizationId: ctx.orgId }, select: { id: true }, orderBy: { id: "asc" } })
  ).map((c) => c.id);

  try {
    // Single writes, interleaved so a busy moment of the machine hits all three alike.
    const write: number[] = [];
    const event: number[] = [];
    for (let i = 0; i < iterations + 10; i++) {
      const id = ids[i % ids.length]!;
      const w = await time(() => inOrg(() => updateCustomer(ctx, id, { notes: `Bench note ${i}` })));
      const row: EventRow = { type: "customer.updated", resourceType: "customer", resourceId: id, changed: ["notes"] };
      // The statement alone, inside a transaction (whose commit the write pays anyway).
      let e = 0;
      await inOrg(() =>
        db.$transaction(async (tx) => {
          e = await time(() => recordEvent(tx, ctx, row));
        }),
      );
      if (i < 10) continue; // warm-up
      write.push(w);
      event.push(e);
    }
    const writeP50 = percentile(write, 0.5);
    const eventP50 = percentile(event, 0.5);

    // An import's outbox statements, batch by batch.
    const batch = importConfig.batchRows();
    let importMs = 0;
    for (let start = 0; start < ids.length; start += batch) {
      const rows = ids.slice(start, start + batch).map((id): EventRow => ({
        type: "customer.created",
        resourceType: "customer",
        resourceId: id,
        changed: ["name", "email", "phone", "city", "country"],
      }));
      importMs += await time(() => inOrg(() => db.$transaction((tx) => recordEvents(tx, ctx, rows))));
    }
    const per100k = (importMs / ids.length) * 100_000;

    const engine = handle.pglite ? "PGlite (embedded)" : "PostgreSQL server";
    console.log(`\n${engine}, ${ids.length.toLocaleString()} customers, ${iterations} single writes\n`);
    console.log("| measure | p50 / total |");
    console.log("|---|---|");
    console.log(`| customer update through the data layer (with its event) | ${writeP50.toFixed(2)} ms |`);
    console.log(`| its event statement (inside the transaction) | ${eventP50.toFixed(2)} ms |`);
    console.log(`| outbox share of a single write | ${((eventP50 / writeP50) * 100).toFixed(1)}% |`);
    console.log(
      `| import: outbox statements for ${ids.length.toLocaleString()} rows, batches of ${batch} | ${(importMs / 1000).toFixed(2)} s (${(per100k / 1000).toFixed(2)} s per 100,000 rows) |`,
    );
  } finally {
    await db.$executeRaw`DELETE FROM "event" WHERE organization_id = ${ctx.orgId}`;
    await db.member.deleteMany({ where: { userId: user.id } });
    await db.user.delete({ where: { id: user.id } });
    await sql.close();
  }
}

await main();
await disconnectDb();

// `npx tsx --conditions=react-server scripts/bench-export.ts [--count 100000]`: seeds N customers
// (with a contact each) into a benchmark organization of the configured database, then exports them
// all as CSV and as XLSX (with contacts) through the real streaming code, reading the file as a
// download would; prints rows/s, the file size and the process's peak RSS while exporting.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { disconnectDb, getDbHandle } from "@/lib/db/client";
import { generateCustomers } from "@/lib/db/demo-data";
import { connectPg, wrapPglite, type SqlExecutor } from "@/lib/db/sql";
import { migrateDatabase } from "@/lib/db/setup";
import { customerRowsForInsert } from "@/lib/customers/rows";
import { exportCustomers } from "@/lib/customers/export/stream";
import { parseExportRequest } from "@/lib/customers/export/schemas";

const { values } = parseArgs({ options: { count: { type: "string", default: "100000" } } });
const count = Number(values.count);
const BATCH = 1000;

async function ensureOrg(sql: SqlExecutor): Promise<Ctx> {
  const slug = `bench-export-${count}`;
  const existing = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  const ctx = (orgId: string): Ctx => ({ orgId, userId: null, role: "manager", actor: "user" });
  if (existing && (await db.customer.count({ where: { organizationId: existing.id } })) === count)
    return ctx(existing.id);
  if (existing) await db.organization.delete({ where: { id: existing.id } });
  const org = await db.organization.create({ data: { id: randomUUID(), name: `Export benchmark ${count}`, slug } });
  for (let start = 0; start < count; start += BATCH) {
    const rows = customerRowsForInsert(org.id, generateCustomers(Math.min(BATCH, count - start), 11, start), null).map(
      (row) => ({
        ...row,
        id: randomUUID(),
      }),
    );
    await bulkInsert(sql, "customer", rows);
    const contacts = rows.map((row, i) => ({
      organizationId: org.id,
      customerId: row.id,
      firstName: "Ana",
      lastName: `Contact ${start + i}`,
      email: `contact${start + i}@bench.example`,
      isPrimary: true,
    }));
    await bulkInsert(sql, "contact", contacts);
  }
  await sql.exec("VACUUM ANALYZE customer");
  await sql.exec("VACUUM ANALYZE contact");
  return ctx(org.id);
}

async function measure(ctx: Ctx, query: Record<string, string>) {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const file = await exportCustomers(ctx, parseExportRequest(new URLSearchParams(query)));
  let bytes = 0;
  const reader = file.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `${query.format}${query.includeContacts ? " + contacts" : ""}: ${count.toLocaleString()} rows in ${seconds.toFixed(1)} s ` +
      `(${Math.round(count / seconds).toLocaleString()} rows/s), ${mb(bytes)} file, peak RSS ${mb(peak)} (baseline ${mb(baseline)})`,
  );
}

async function main() {
  await migrateDatabase();
  const handle = getDbHandle();
  const sql = handle.pglite ? wrapPglite(handle.pglite) : await connectPg(handle.connectionString!);
  const ctx = await ensureOrg(sql);
  await measure(ctx, { format: "csv" });
  await measure(ctx, { format: "csv", includeContacts: "true" });
  await measure(ctx, { format: "xlsx", includeContacts: "true" });
  await sql.close();
}

await main();
await disconnectDb();

// Passing database errors during a job (lost connection, serialization failure, deadlock, lock
// timeout) are retried from the last checkpoint with backoff: every row is processed exactly once and
// the tries are recorded. A fault that never passes fails the job after JOBS_MAX_ATTEMPTS tries, with
// the reason in the API; any other error fails it at once. Faults are raised by the database itself
// (a trigger), on a real customer_bulk job and a real import; on PostgreSQL also by pg_terminate_backend.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as jobRoute from "@/app/api/v1/jobs/[id]/route";
import type { Ctx } from "@/lib/auth/context";
import { runBulkJob } from "@/lib/customers/bulk/job";
import { CUSTOMER_BULK_JOB } from "@/lib/customers/bulk/schemas";
import { db } from "@/lib/db";
import { connectPg } from "@/lib/db/sql";
import { enqueueJob, getJob, runPendingJobs } from "@/lib/jobs";
import { getImport } from "@/lib/imports/queries";
import { startImport } from "@/lib/imports/mutations";
import { makeCustomerRows, makeOrgWithRoles, uniq } from "@/tests/factories";
import { call, makeApiKey } from "../../support/api";
import { customersById } from "../customer-bulk/helpers";
import { csv, upload } from "../imports/helpers";
import { withHandler } from "./definitions";

const env = { ...process.env };
// The real bulk handler with batches of 5.
const smallBatches = withHandler(CUSTOMER_BULK_JOB, (jc) => runBulkJob(jc, { batchSize: 5 }));
// The bulk job's own write (a trigger on activity then writes each customer's last_activity_at again).
const TAGS_CHANGED = "UPDATE OF tags";

beforeEach(() => {
  process.env.JOBS_RETRY_BASE_MS = "5";
  process.env.JOBS_RETRY_MAX_MS = "20";
});

afterEach(() => {
  process.env = { ...env };
});

async function freshOrg(): Promise<Record<"manager" | "staff", Ctx>> {
  const { ctx } = await makeOrgWithRoles();
  return ctx;
}

type Faults = Record<number, string> | { from: number; code: string };

/**
 * Makes the database raise an error with SQLSTATE `code` on the n-th `event` (INSERT by default) of a
 * row of `table` whose `column` is `value`. Rows are counted with a sequence, which a rollback does not
 * undo, so a retried row counts again: the fault hits exactly the tries it names.
 */
async function injectFaults(table: string, column: string, value: string, faults: Faults, event = "INSERT") {
  const name = `fault_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const code =
    "from" in faults
      ? `IF n >= ${Number(faults.from)} THEN RAISE EXCEPTION 'injected fault' USING ERRCODE = '${faults.code}'; END IF;`
      : Object.entries(faults)
          .map(
            ([at, sqlstate]) =>
              `IF n = ${Number(at)} THEN RAISE EXCEPTION 'injected fault' USING ERRCODE = '${sqlstate}'; END IF;`,
          )
          .join("\n");
  await db.$executeRawUnsafe(`CREATE SEQUENCE ${name}`);
  await db.$executeRawUnsafe(
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE n bigint := nextval('${name}');
     BEGIN
       ${code}
       RETURN NEW;
     END $$`,
  );
  await db.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE ${event} ON ${table} FOR EACH ROW
     WHEN (NEW.${column}::text = '${value}') EXECUTE FUNCTION ${name}()`,
  );
}

async function bulkJob(staff: Ctx, n: number) {
  const tag = uniq("retry-");
  const ids = await makeCustomerRows(staff, n, { tags: [tag] });
  const job = await enqueueJob(staff, {
    kind: CUSTOMER_BULK_JOB,
    params: { action: "addTags", params: { tags: ["retried"] }, filter: { tag } },
    total: n,
  });
  return { ids, job };
}

/** Every customer changed exactly once: one version bump and one timeline entry each. */
async function expectChangedOnce(ids: string[]) {
  const rows = await customersById(ids);
  expect(rows.map((row) => [row.version, row.tags.includes("retried")])).toEqual(ids.map(() => [2, true]));
  expect(
    await db.activity.count({ where: { customerId: { in: ids }, summary: { startsWith: "Tags added (bulk)" } } }),
  ).toBe(ids.length);
}

describe("passing database errors", () => {
  it("a bulk job hit mid-batch by a lost connection and a serialization failure finishes with every customer changed once", async () => {
    const { staff } = await freshOrg();
    const { ids, job } = await bulkJob(staff, 23);
    // Customer 7 is in the second batch of 5; the 15th write (retried rows count again) in the third.
    await injectFaults("customer", "organization_id", staff.orgId, { 7: "57P01", 15: "40001" }, TAGS_CHANGED);
    await runPendingJobs({ limit: 1, definitions: smallBatches });
    expect(await getJob(staff, job.id)).toMatchObject({
      status: "completed",
      processed: 23,
      updated: 23,
      skipped: 0,
      attempts: 3,
      error: null,
    });
    await expectChangedOnce(ids);
  });

  it("an import hit while reading and while writing resumes from its checkpoints without writing a row twice", async () => {
    const { manager } = await freshOrg();
    process.env.IMPORT_STAGE_ROWS = "6";
    process.env.IMPORT_BATCH_ROWS = "4";
    const rows = [
      ["Account Number", "Company"],
      ...Array.from({ length: 20 }, (_, i) => [`RT-${i + 1}`, `Retry Co ${i + 1}`]),
    ];
    const uploaded = await upload(manager, csv(rows));
    // A deadlock while staging the second group of 6 rows; a lost connection writing the second batch of 4.
    await injectFaults("import_staged_row", "import_id", uploaded.id, { 8: "40P01" });
    await injectFaults("customer", "organization_id", manager.orgId, { 6: "08006" });
    await startImport(manager, uploaded.id, { mapping: uploaded.proposedMapping });
    await runPendingJobs({ limit: 1 });
    const result = await getImport(manager, uploaded.id);
    expect(result).toMatchObject({
      status: "completed",
      total: 20,
      processed: 20,
      created: 20,
      failed: 0,
      error: null,
    });
    expect(await db.job.findUniqueOrThrow({ where: { id: result.jobId! } })).toMatchObject({ attempts: 3 });
    const customers = await db.customer.findMany({
      where: { organizationId: manager.orgId },
      select: { id: true, accountNumber: true },
    });
    expect(customers.map((c) => c.accountNumber).sort()).toEqual(
      rows
        .slice(1)
        .map(([account]) => account)
        .sort(),
    );
    expect(await db.importRowResult.count({ where: { importId: uploaded.id } })).toBe(20);
    expect(await db.activity.count({ where: { customerId: { in: customers.map((c) => c.id) } } })).toBe(20);
    expect(await db.importStagedRow.count({ where: { importId: uploaded.id } })).toBe(0);
  });

  it("a fault that does not pass fails the job after JOBS_MAX_ATTEMPTS tries, with the reason in the API", async () => {
    process.env.JOBS_MAX_ATTEMPTS = "3";
    const { staff } = await freshOrg();
    const { ids, job } = await bulkJob(staff, 12);
    await injectFaults("customer", "organization_id", staff.orgId, { from: 6, code: "55P03" }, TAGS_CHANGED);
    await runPendingJobs({ limit: 1, definitions: smallBatches });
    const reason = "Stopped after 3 attempts: a database lock wait timed out.";
    expect(await getJob(staff, job.id)).toMatchObject({
      status: "failed",
      attempts: 3,
      processed: 5,
      updated: 5,
      error: reason,
    });
    // The first batch committed before the fault and stays; nothing after it was written.
    expect((await customersById(ids)).filter((row) => row.version === 2)).toHaveLength(5);
    const key = await makeApiKey(staff.orgId, "viewer");
    const got = await call(jobRoute.GET, "GET", `/api/v1/jobs/${job.id}`, { key, params: { id: job.id } });
    expect(got.json.data).toMatchObject({ status: "failed", error: reason, attempts: 3 });
  });

  it("any other database error fails the job at once, without internals", async () => {
    const { staff } = await freshOrg();
    const { job } = await bulkJob(staff, 8);
    await injectFaults("customer", "organization_id", staff.orgId, { from: 1, code: "23514" }, TAGS_CHANGED);
    await runPendingJobs({ limit: 1, definitions: smallBatches });
    const failed = await getJob(staff, job.id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1, processed: 0 });
    expect(failed.error).toMatch(/^Something went wrong\. Reference: /);
  });
});

// PGlite is one in-process connection with no server backend to terminate: this needs TEST_DATABASE_URL.
describe.runIf(process.env.TEST_DATABASE_URL)("pg_terminate_backend during a job (PostgreSQL)", () => {
  it("the worker's connections killed mid-batch: the job retries from its checkpoint and changes every customer once", async () => {
    const { staff } = await freshOrg();
    const { ids, job } = await bulkJob(staff, 15);
    // The 8th row written (second batch) waits 3 s once, so the batch is in flight when the connections die.
    const name = `slow_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    await db.$executeRawUnsafe(`CREATE SEQUENCE ${name}`);
    await db.$executeRawUnsafe(
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN IF nextval('${name}') = 8 THEN PERFORM pg_sleep(3); END IF; RETURN NEW; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE ${TAGS_CHANGED} ON customer FOR EACH ROW WHEN (NEW.organization_id = '${staff.orgId}') EXECUTE FUNCTION ${name}()`,
    );
    // This file has a database of its own: every other connection to it is the worker's pool.
    const admin = await connectPg(process.env.DATABASE_URL!);
    try {
      const running = runPendingJobs({ limit: 1, definitions: smallBatches });
      let killed = 0;
      for (let waited = 0; killed === 0 && waited < 10_000; waited += 50) {
        const sleeping = await admin.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'",
        );
        if (sleeping.length > 0) {
          const rows = await admin.query<{ pg_terminate_backend: boolean }>(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
          );
          killed = rows.length;
        } else await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(killed).toBeGreaterThan(0);
      await running;
    } finally {
      await admin.close();
    }
    const done = await getJob(staff, job.id);
    expect(done).toMatchObject({ status: "completed", processed: 15, updated: 15, error: null });
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    await expectChangedOnce(ids);
  });
});

// The import job's lifecycle: cancel, resume after a crash (exact counts, nothing twice) — simulated,
// and on PostgreSQL a worker process killed with SIGKILL — undo that leaves customers changed since
// alone, and row/size limits.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { createContact } from "@/lib/contacts/mutations";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { JobLeaseLostError, runPendingJobs } from "@/lib/jobs";
import { IMPORT_JOB } from "@/lib/imports/jobs";
import { cancelImport, startImport, undoImport } from "@/lib/imports/mutations";
import { runImportJob } from "@/lib/imports/pipeline/run";
import { getImport } from "@/lib/imports/queries";
import { withHandler } from "../jobs/definitions";
import { csv, importCsv, upload } from "./helpers";
import { makeOrgWithRoles } from "@/tests/factories";

let manager: Ctx;
const env = { ...process.env };

beforeAll(async () => {
  ({ manager } = await makeOrgWithRoles());
});

afterEach(() => {
  process.env = { ...env };
});

/** 40 rows: 30 distinct accounts, 5 repeated later (warnings), 5 invalid. */
function bigFile(prefix: string) {
  const rows = [["Account Number", "Company", "Email"]];
  for (let i = 1; i <= 30; i++) rows.push([`${prefix}-${i}`, `Company ${i}`, `c${i}@${prefix.toLowerCase()}.example`]);
  for (let i = 1; i <= 5; i++)
    rows.push([`${prefix}-${i}`, `Company ${i} renamed`, `c${i}@${prefix.toLowerCase()}.example`]);
  for (let i = 1; i <= 5; i++) rows.push([`${prefix}-X${i}`, "", "broken"]);
  return csv(rows);
}

/** Runs the real handler, but the worker "dies" (stops, its batch uncommitted) at the `crashAt`-th checkpoint. */
function crashingHandler(crashAt: number) {
  let calls = 0;
  return withHandler(IMPORT_JOB, (jc) =>
    runImportJob({
      ...jc,
      progress: async (delta, cursor, tx) => {
        if (++calls === crashAt) throw new JobLeaseLostError();
        return jc.progress(delta, cursor, tx);
      },
    }),
  );
}

async function expectExactResult(id: string, prefix: string) {
  const result = await getImport(manager, id);
  expect(result).toMatchObject({
    status: "completed",
    total: 40,
    processed: 40,
    created: 30,
    updated: 0,
    skipped: 5,
    warnings: 5,
    failed: 5,
  });
  const customers = await db.customer.findMany({
    where: { organizationId: manager.orgId, accountNumber: { startsWith: `${prefix}-` } },
  });
  expect(customers).toHaveLength(30);
  expect(customers.find((c) => c.accountNumber === `${prefix}-1`)?.name).toBe("Company 1 renamed");
  expect(await db.importRowResult.count({ where: { importId: id } })).toBe(30);
  expect(await db.importRowIssue.count({ where: { importId: id } })).toBe(10);
  expect(await db.activity.count({ where: { customerId: { in: customers.map((c) => c.id) } } })).toBe(30);
  expect(await db.importStagedRow.count({ where: { importId: id } })).toBe(0);
}

async function crashAndResume(prefix: string, crashAt: number) {
  process.env.IMPORT_BATCH_ROWS = "4";
  process.env.IMPORT_STAGE_ROWS = "6";
  const uploaded = await upload(manager, bigFile(prefix));
  await startImport(manager, uploaded.id, { mapping: uploaded.proposedMapping });
  await runPendingJobs({ workerId: "doomed", limit: 1, definitions: crashingHandler(crashAt) });
  const crashed = await getImport(manager, uploaded.id);
  expect(crashed.status).toBe("running");
  // The dead worker's lease runs out; any instance picks the job up again.
  await db.job.update({ where: { id: crashed.jobId! }, data: { leaseExpiresAt: new Date(Date.now() - 1) } });
  await runPendingJobs({ workerId: "rescuer", limit: 1 });
  await expectExactResult(uploaded.id, prefix);
}

describe("import job lifecycle", () => {
  it("resumes after a crash while reading the file, with exact counts", async () => {
    await crashAndResume("CRA", 3);
  });

  it("resumes after a crash while writing, without writing any row twice", async () => {
    await crashAndResume("CRB", 12);
  });

  it("cancel: a queued import never runs; a running one stops between batches", async () => {
    const queued = await upload(manager, bigFile("CQ"));
    await startImport(manager, queued.id, { mapping: queued.proposedMapping });
    expect(await cancelImport(manager, queued.id)).toMatchObject({ status: "cancelled" });
    await runPendingJobs({ limit: 5 });
    expect(
      await db.customer.count({ where: { organizationId: manager.orgId, accountNumber: { startsWith: "CQ-" } } }),
    ).toBe(0);

    process.env.IMPORT_BATCH_ROWS = "4";
    const running = await upload(manager, bigFile("CR"));
    await startImport(manager, running.id, { mapping: running.proposedMapping });
    let writes = 0;
    const pressingCancel = withHandler(IMPORT_JOB, (jc) =>
      runImportJob({
        ...jc,
        progress: async (delta, cursor, tx) => {
          // After two committed write batches, someone presses Cancel.
          if (cursor?.phase === "write" && ++writes === 4 && tx) {
            await tx.job.update({ where: { id: jc.job.id }, data: { cancelRequestedAt: new Date() } });
          }
          return jc.progress(delta, cursor, tx);
        },
      }),
    );
    await runPendingJobs({ limit: 1, definitions: pressingCancel });
    const result = await getImport(manager, running.id);
    expect(result.status).toBe("cancelled");
    const created = await db.customer.count({
      where: { organizationId: manager.orgId, accountNumber: { startsWith: "CR-" } },
    });
    // Two batches of 4 rows committed (the repeated rows were counted when the file was read).
    expect(created).toBe(8);
    expect(result).toMatchObject({ created: 8, processed: 5 + 8 });
  });

  it("undo removes created customers, restores updated ones, and leaves those changed since alone", async () => {
    const kept = await createCustomer(manager, { name: "Undo Kept", accountNumber: "U-1", city: "Austin" });
    const touched = await createCustomer(manager, { name: "Undo Touched", accountNumber: "U-2", city: "Austin" });
    const result = await importCsv(
      manager,
      csv([
        ["Account Number", "Company", "City"],
        ["U-1", "Undo Kept", "Dallas"],
        ["U-2", "Undo Touched", "Dallas"],
        ["U-3", "New One", "Reno"],
        ["U-4", "New Two", "Reno"],
      ]),
    );
    expect(result).toMatchObject({ created: 2, updated: 2 });
    // Someone edits one updated and one created customer after the import.
    await updateCustomer(manager, touched.id, { city: "Houston" });
    const newTwo = await db.customer.findFirstOrThrow({
      where: { organizationId: manager.orgId, accountNumber: "U-4" },
    });
    await updateCustomer(manager, newTwo.id, { city: "Las Vegas" });

    expect(await undoImport(manager, result.id)).toMatchObject({ status: "undoing" });
    await runPendingJobs({ limit: 5 });
    const undone = await getImport(manager, result.id);
    expect(undone).toMatchObject({
      status: "undone",
      undo: { status: "completed", removed: 1, restored: 1, skipped: 2 },
    });
    const accounts = await db.customer.findMany({
      where: { organizationId: manager.orgId, accountNumber: { startsWith: "U-" } },
      orderBy: { accountNumber: "asc" },
    });
    expect(accounts.map((c) => [c.accountNumber, c.city])).toEqual([
      ["U-1", "Austin"],
      ["U-2", "Houston"],
      ["U-4", "Las Vegas"],
    ]);
    const restored = await db.customer.findUniqueOrThrow({ where: { id: kept.id } });
    expect(restored.version).toBe(kept.version + 2);
    expect(await db.activity.findFirst({ where: { customerId: kept.id, action: "reverted" } })).toMatchObject({
      changes: { city: { from: "Dallas", to: "Austin" } },
    });
    await expect(undoImport(manager, result.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("undo also removes contacts the import added and restores contacts it changed", async () => {
    const customer = await createCustomer(manager, { name: "Contact Undo", accountNumber: "CU-1" });
    const other = await createCustomer(manager, { name: "Contact Undo Two", accountNumber: "CU-2" });
    const ana = await createContact(manager, customer.id, {
      firstName: "Ana",
      lastName: "Old",
      email: "ana@cu.example",
    });
    const head = ["Account Number", "Company", "Contact First Name", "Contact Last Name", "Contact Email"];
    const result = await importCsv(
      manager,
      csv([
        head,
        ["CU-1", "Contact Undo", "Ana", "New", "ana@cu.example"],
        ["CU-2", "Contact Undo Two", "Ben", "Added", "ben@cu.example"],
      ]),
    );
    expect(result).toMatchObject({ updated: 2 });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).searchText).toContain("new");
    await undoImport(manager, result.id);
    await runPendingJobs({ limit: 5 });
    const live = await db.contact.findMany({ where: { customerId: { in: [customer.id, other.id] }, deletedAt: null } });
    expect(live.map((c) => [c.id, c.lastName, c.isPrimary])).toEqual([[ana.id, "Old", true]]);
    const restored = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(restored.searchText).toContain("old");
    expect(restored.searchText).not.toContain(" new");
    expect((await db.customer.findUniqueOrThrow({ where: { id: other.id } })).searchText).not.toContain(
      "ben@cu.example",
    );
  });

  it("enforces the row limit while reading and the size limit while uploading", async () => {
    const rows = (n: number) => csv([["Company"], ...Array.from({ length: n }, (_, i) => [`Limit ${i}`])]);
    process.env.IMPORT_MAX_ROWS = "3";
    await expect(upload(manager, rows(4))).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/more than 3 rows/),
    });
    // Past the rows the upload samples, the limit stops the job while it reads the file.
    process.env.IMPORT_MAX_ROWS = "30";
    const uploaded = await upload(manager, rows(31));
    await startImport(manager, uploaded.id, { mapping: uploaded.proposedMapping, mode: "create" });
    await runPendingJobs({ limit: 1 });
    expect(await getImport(manager, uploaded.id)).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/more than 30 rows/),
      created: 0,
    });

    process.env.IMPORT_MAX_FILE_MB = "0.001";
    const before = await db.customerImport.count({ where: { organizationId: manager.orgId } });
    await expect(
      upload(manager, csv([["Company"], ...Array.from({ length: 300 }, (_, i) => [`Company ${i}`])])),
    ).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: "The file is larger than the 1 KB limit. Split it into smaller files.",
    });
    expect(await db.customerImport.count({ where: { organizationId: manager.orgId } })).toBe(before);
  });
});

// One in-process PGlite cannot be shared with a second process: this needs TEST_DATABASE_URL.
describe.runIf(process.env.TEST_DATABASE_URL)("a worker process killed with SIGKILL mid-import (PostgreSQL)", () => {
  it("is resumed by another worker from its last checkpoint, every row written once", { timeout: 90_000 }, async () => {
    const settings = { IMPORT_BATCH_ROWS: "4", IMPORT_STAGE_ROWS: "6" };
    Object.assign(process.env, settings);
    const uploaded = await upload(manager, bigFile("KILL"));
    // The 9th customer written (the third batch of 4) waits 3 s once: the worker dies inside that batch.
    const name = `slow_${uploaded.id.replaceAll("-", "").slice(0, 12)}`;
    await db.$executeRawUnsafe(`CREATE SEQUENCE ${name}`);
    await db.$executeRawUnsafe(
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN IF nextval('${name}') = 9 THEN PERFORM pg_sleep(3); END IF; RETURN NEW; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON customer FOR EACH ROW
       WHEN (NEW.organization_id = '${manager.orgId}' AND NEW.account_number LIKE 'KILL-%') EXECUTE FUNCTION ${name}()`,
    );
    await startImport(manager, uploaded.id, { mapping: uploaded.proposedMapping });
    const worker = spawn(
      "npx",
      [
        "tsx",
        "--conditions=react-server",
        "--input-type=module",
        "--eval",
        'const { runPendingJobs } = await import("@/lib/jobs"); await runPendingJobs({ workerId: "killed", limit: 1 });',
      ],
      { env: { ...process.env, ...settings, JOBS_LEASE_SECONDS: "2" }, stdio: "ignore", detached: true },
    );
    const exited = new Promise((resolve) => worker.on("exit", resolve));
    try {
      let inBatch = false;
      for (let waited = 0; !inBatch && waited < 60_000; waited += 50) {
        const [row] = await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`;
        inBatch = row!.n > 0;
        if (!inBatch) await sleep(50);
      }
      expect(inBatch).toBe(true);
    } finally {
      // kill -9 of the worker's whole process group (npx, tsx, node).
      process.kill(-worker.pid!, "SIGKILL");
      await exited;
    }
    const crashed = await getImport(manager, uploaded.id);
    expect(crashed).toMatchObject({ status: "running", created: 8 });
    // Its lease runs out (2 s); another worker takes the job over and resumes after the last checkpoint.
    let ran = 0;
    for (let waited = 0; ran === 0 && waited < 30_000; waited += 250) {
      ran = await runPendingJobs({ workerId: "rescuer", limit: 1 });
      if (ran === 0) await sleep(250);
    }
    expect(ran).toBe(1);
    await expectExactResult(uploaded.id, "KILL");
    expect(await db.job.findUniqueOrThrow({ where: { id: crashed.jobId! } })).toMatchObject({ attempts: 2 });
  });
});

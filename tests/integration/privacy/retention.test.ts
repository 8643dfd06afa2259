// The nightly retention job (Settings → Privacy), on fixed clocks: hand-logged activity past its months is
// deleted and the change history kept; imports past their days are purged with their files (unfinished
// uploads too) unless one is still running; customers archived past their months are erased; each
// organization is scheduled once a night after 02:00 its time and only its own data is touched.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { runPendingJobs } from "@/lib/jobs";
import { jobDefinitions } from "@/lib/jobs/definitions";
import { updatePrivacySettings } from "@/lib/privacy/settings";
import { PRIVACY_RETENTION_JOB } from "@/lib/privacy/retention-schemas";
import { getLastRetentionRun, scheduleRetentionJobs } from "@/lib/privacy/retention-schedule";
import { makeCustomer, makeOrg, makeOrgWithRoles, uniq } from "@/tests/factories";
import { csv, importCsv, upload } from "../imports/helpers";

const asOf = new Date("2026-11-20T03:00:00.000Z");
const monthsAgo = (months: number, days = 0) => {
  const date = new Date(asOf);
  date.setUTCMonth(date.getUTCMonth() - months);
  return new Date(date.getTime() - days * 86_400_000);
};
const daysAgo = (days: number) => new Date(asOf.getTime() - days * 86_400_000);

const retentionOnly = { [PRIVACY_RETENTION_JOB]: jobDefinitions[PRIVACY_RETENTION_JOB] };
const runRetention = () => runPendingJobs({ definitions: retentionOnly, limit: 20 });

async function logActivity(ctx: Ctx, customerId: string, type: "note" | "call" | "change", createdAt: Date) {
  return db.activity.create({
    data: {
      organizationId: ctx.orgId,
      customerId,
      type,
      entityType: "customer",
      entityId: customerId,
      summary: `${type} ${uniq()}`,
      body: type === "change" ? null : "Spoke about the annual inspection",
      createdAt,
      occurredAt: createdAt,
    },
  });
}

async function archivedCustomer(ctx: Ctx, archivedAt: Date) {
  const customer = await makeCustomer(ctx, { email: `${uniq()}@example.test` });
  return db.customer.update({ where: { id: customer.id }, data: { archivedAt } });
}

const ageImport = (id: string, createdAt: Date) => db.customerImport.update({ where: { id }, data: { createdAt } });

describe("retention job", () => {
  it("applies each period to its own organization and reports the counts per rule", async () => {
    const [home, other] = await Promise.all([makeOrgWithRoles(), makeOrgWithRoles()]);
    await updatePrivacySettings(home.owner, {
      retentionArchivedCustomerMonths: 24,
      retentionActivityMonths: 12,
      retentionImportDays: 30,
      workOrderLegalHold: false,
    });
    const customer = await makeCustomer(home.staff);
    const oldNote = await logActivity(home.staff, customer.id, "note", monthsAgo(12, 1));
    const recentCall = await logActivity(home.staff, customer.id, "call", monthsAgo(11));
    const oldChange = await logActivity(home.staff, customer.id, "change", monthsAgo(30));

    const abandoned = await upload(home.manager, csv([["Name"], ["Left behind"]]));
    await ageImport(abandoned.id, daysAgo(31));
    const finished = await importCsv(
      home.manager,
      csv([
        ["Account number", "Name"],
        [uniq("R-"), uniq("Imported ")],
      ]),
    );
    await ageImport(finished.id, daysAgo(45));
    const recent = await upload(home.manager, csv([["Name"], ["Yesterday"]]));
    await ageImport(recent.id, daysAgo(29));
    const running = await upload(home.manager, csv([["Name"], ["Still running"]]));
    const runningJob = await db.job.create({
      data: { organizationId: home.org.id, kind: "customer_import", params: {}, status: "running" },
    });
    await db.customerImport.update({
      where: { id: running.id },
      data: { jobId: runningJob.id, createdAt: daysAgo(60) },
    });

    const exportRow = (expiresAt: Date) =>
      db.privacyExport.create({
        data: {
          id: randomUUID(),
          organizationId: home.org.id,
          customerId: customer.id,
          filename: "customer.zip",
          byteSize: 2,
          data: new Uint8Array([80, 75]),
          expiresAt,
        },
      });
    const expiredExport = await exportRow(daysAgo(1));
    const currentExport = await exportRow(new Date(asOf.getTime() + 86_400_000));

    const expired = await archivedCustomer(home.staff, monthsAgo(24, 1));
    const kept = await archivedCustomer(home.staff, monthsAgo(23));

    // The other organization has the same old data but keeps everything (its defaults), and is not scheduled.
    const otherCustomer = await makeCustomer(other.staff);
    const otherNote = await logActivity(other.staff, otherCustomer.id, "note", monthsAgo(36));
    const otherArchived = await archivedCustomer(other.staff, monthsAgo(60));

    expect(await getLastRetentionRun(home.owner)).toBeNull();
    expect(await scheduleRetentionJobs({ now: asOf, orgIds: [home.org.id] })).toBe(1);
    expect(await scheduleRetentionJobs({ now: asOf, orgIds: [home.org.id] })).toBe(0);
    await runRetention();

    const run = await getLastRetentionRun(home.owner);
    expect(run).toMatchObject({
      status: "completed",
      counts: { activitiesDeleted: 1, importsPurged: 2, exportsDeleted: 1, customersErased: 1, customersFailed: 0 },
      error: null,
    });
    expect(run!.finishedAt).toBeInstanceOf(Date);

    const activityIds = (await db.activity.findMany({ where: { customerId: customer.id } })).map((a) => a.id);
    expect(activityIds).not.toContain(oldNote.id);
    expect(activityIds).toEqual(expect.arrayContaining([recentCall.id, oldChange.id]));

    const imports = await db.customerImport.findMany({ where: { organizationId: home.org.id }, select: { id: true } });
    expect(imports.map((i) => i.id).sort()).toEqual([recent.id, running.id].sort());
    for (const id of [abandoned.id, finished.id]) {
      expect(await db.importFileChunk.count({ where: { importId: id } })).toBe(0);
      expect(await db.importStagedRow.count({ where: { importId: id } })).toBe(0);
      expect(await db.importRowResult.count({ where: { importId: id } })).toBe(0);
    }

    expect(await db.privacyExport.findUnique({ where: { id: expiredExport.id } })).toBeNull();
    expect(await db.privacyExport.findUnique({ where: { id: currentExport.id } })).not.toBeNull();

    const erased = await db.customer.findUniqueOrThrow({ where: { id: expired.id } });
    expect(erased.erasedAt).toBeInstanceOf(Date);
    expect(erased.email).toBeNull();
    expect(erased.name).not.toBe(expired.name);
    const log = await db.erasureLog.findFirstOrThrow({ where: { customerId: expired.id } });
    expect(log).toMatchObject({ actorKind: "system", erasedById: null });
    expect(log.reason).toContain("archived for more than 24 months");
    expect(await db.customer.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      erasedAt: null,
      name: kept.name,
    });

    expect(await db.activity.findUnique({ where: { id: otherNote.id } })).not.toBeNull();
    expect((await db.customer.findUniqueOrThrow({ where: { id: otherArchived.id } })).erasedAt).toBeNull();
  });

  it("with the defaults deletes no activity and erases no one, and purges imports older than 30 days", async () => {
    const { staff, manager, owner } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff);
    const note = await logActivity(staff, customer.id, "note", monthsAgo(120));
    const archived = await archivedCustomer(staff, monthsAgo(120));
    const old = await upload(manager, csv([["Name"], ["Old"]]));
    await ageImport(old.id, daysAgo(31));

    await scheduleRetentionJobs({ now: asOf, orgIds: [staff.orgId] });
    await runRetention();

    expect((await getLastRetentionRun(owner))?.counts).toEqual({
      activitiesDeleted: 0,
      importsPurged: 1,
      exportsDeleted: 0,
      customersErased: 0,
      customersFailed: 0,
    });
    expect(await db.activity.findUnique({ where: { id: note.id } })).not.toBeNull();
    expect((await db.customer.findUniqueOrThrow({ where: { id: archived.id } })).erasedAt).toBeNull();
    expect(await db.customerImport.findUnique({ where: { id: old.id } })).toBeNull();
  });
});

describe("retention schedule", () => {
  it("queues once a night, after 02:00 in the organization's time zone", async () => {
    const org = await makeOrg({ defaultTimeZone: "America/New_York" });
    const orgIds = [org.id];
    // 03:00 in New York on Dec 4 (EST, UTC-5): due, then not again that night.
    expect(await scheduleRetentionJobs({ now: new Date("2026-12-04T08:00:00Z"), orgIds })).toBe(1);
    expect(await scheduleRetentionJobs({ now: new Date("2026-12-04T23:00:00Z"), orgIds })).toBe(0);
    // 01:30 on Dec 5 is still Dec 4's night; 02:10 is the next one.
    expect(await scheduleRetentionJobs({ now: new Date("2026-12-05T06:30:00Z"), orgIds })).toBe(0);
    expect(await scheduleRetentionJobs({ now: new Date("2026-12-05T07:10:00Z"), orgIds })).toBe(1);

    const jobs = await db.job.findMany({ where: { organizationId: org.id, kind: PRIVACY_RETENTION_JOB } });
    expect(jobs.map((job) => [job.actorKind, job.createdById, job.status])).toEqual([
      ["system", null, "queued"],
      ["system", null, "queued"],
    ]);
    expect(jobs.map((job) => (job.params as { asOf: string }).asOf).sort()).toEqual([
      "2026-12-04T08:00:00.000Z",
      "2026-12-05T07:10:00.000Z",
    ]);
    await runRetention();
  });
});

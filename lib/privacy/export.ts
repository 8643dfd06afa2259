import "server-only";
// Subject access export (issue 13): a manager asks for everything held about a customer; the request is
// recorded on its timeline and a customer_data_export job builds the ZIP (lib/privacy/export-bundle.ts) from
// one consistent snapshot and stores it, downloadable for a week by the organization's managers and up.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { AppError, conflict, notFound } from "@/lib/errors";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { enqueueJob } from "@/lib/jobs/mutations";
import { kickJobs } from "@/lib/jobs/runner";
import type { JobContext, JobRecord } from "@/lib/jobs/types";
import { isUuid } from "@/lib/validation";
import { collectBundle, zipBundle } from "@/lib/privacy/export-bundle";
import { SUBJECT_EXPORT_JOB, subjectExportDays } from "@/lib/privacy/export-schemas";

/** Queues the export of the customer's data and records the request on its timeline, together. */
export async function requestCustomerExport(ctx: Ctx, customerId: string): Promise<JobRecord> {
  assertCan(ctx, "privacy:export");
  const queued = await db.$transaction(async (tx) => {
    const customer = await findCustomerInOrg(tx, ctx.orgId, customerId);
    const job = await enqueueJob(ctx, { kind: SUBJECT_EXPORT_JOB, params: { customerId: customer.id } }, { tx });
    await tx.activity.create({
      data: {
        organizationId: ctx.orgId,
        customerId: customer.id,
        type: "change",
        entityType: "customer",
        entityId: customer.id,
        action: "export_requested",
        summary: "Personal data export requested",
        body: `Export ${job.id}: every field, contact, timeline entry, asset link, work order, ownership change, import row and merge.`,
        actorId: ctx.userId,
        actorKind: ctx.actor,
      },
    });
    return job;
  });
  kickJobs();
  return queued;
}

const fileDate = (date: Date) => date.toISOString().slice(0, 10);

/** The job: reads the bundle in one repeatable-read snapshot, then stores the ZIP with the checkpoint. */
export async function runSubjectExportJob(jc: JobContext<{ customerId: string }, { stored: boolean }>): Promise<void> {
  if (jc.cursor?.stored) return;
  const { ctx, job } = jc;
  assertCan(ctx, "privacy:export");
  const { customer, sections } = await db.$transaction(
    async (tx) => {
      // A customer merged since the request is exported as the customer it lives on in.
      const customer = await findCustomerInOrg(tx, ctx.orgId, jc.params.customerId).catch(() => null);
      if (!customer) throw notFound("Customer");
      return { customer, sections: await collectBundle(tx, ctx.orgId, customer.id) };
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000 },
  );
  const generatedAt = new Date();
  const counts = Object.fromEntries(sections.map((section) => [section.name, section.rows.length]));
  const manifest = {
    customerId: customer.id,
    customerName: customer.name,
    accountNumber: customer.accountNumber,
    generatedAt: generatedAt.toISOString(),
    requestedById: job.createdById,
    exportId: job.id,
    files: "Each section as JSON and as CSV (UTF-8; text cells starting like a formula get a leading apostrophe).",
    counts,
  };
  const zip = zipBundle(manifest, sections);
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  await db.$transaction(async (tx) => {
    await tx.privacyExport.create({
      data: {
        id: job.id,
        organizationId: ctx.orgId,
        customerId: customer.id,
        requestedById: job.createdById,
        filename: `customer-${customer.accountNumber ?? customer.id.slice(-8)}-data-${fileDate(generatedAt)}.zip`
          .replace(/[^\w.-]+/g, "-")
          .slice(0, 200),
        byteSize: zip.byteLength,
        data: new Uint8Array(zip),
        expiresAt: new Date(generatedAt.getTime() + subjectExportDays * 86_400_000),
      },
    });
    await jc.progress({ processed: rows }, { stored: true }, tx);
  });
}

export interface SubjectExportFile {
  filename: string;
  data: Uint8Array<ArrayBuffer>;
}

/** The finished export's ZIP; CONFLICT while its job still runs, NOT_FOUND once expired or for another customer. */
export async function getSubjectExport(ctx: Ctx, customerId: string, exportId: string): Promise<SubjectExportFile> {
  assertCan(ctx, "privacy:export");
  if (!isUuid(customerId) || !isUuid(exportId)) throw notFound("Export");
  const stored = await db.privacyExport.findFirst({
    where: { id: exportId, organizationId: ctx.orgId, customerId },
    select: { filename: true, data: true, expiresAt: true },
  });
  if (stored) {
    if (stored.expiresAt <= new Date()) throw new AppError("NOT_FOUND", "This export has expired. Start a new one.");
    return { filename: stored.filename, data: new Uint8Array(stored.data) };
  }
  const job = await db.job.findFirst({
    where: { id: exportId, organizationId: ctx.orgId, kind: SUBJECT_EXPORT_JOB },
    select: { status: true, params: true, error: true },
  });
  const params = job?.params as { customerId?: string } | undefined;
  if (!job || params?.customerId !== customerId) throw notFound("Export");
  if (job.status === "queued" || job.status === "running") {
    throw conflict("The export is still being prepared. Follow its job and try again when it has completed.");
  }
  throw notFound(
    job.status === "completed" ? "Export" : `Export (its job ${job.status}${job.error ? `: ${job.error}` : ""})`,
  );
}

export interface SubjectExportSummary {
  /** The export job's id (download: /customers/{id}/export/{id}). */
  id: string;
  status: string;
  requestedAt: string;
  finishedAt: string | null;
  /** Whether the ZIP can be downloaded now. */
  ready: boolean;
  expiresAt: string | null;
  byteSize: number | null;
  error: string | null;
}

/** The customer's latest exports (newest first, at most 20), each with its job's state and whether it is ready. */
export async function listSubjectExports(ctx: Ctx, customerId: string): Promise<SubjectExportSummary[]> {
  assertCan(ctx, "privacy:export");
  const customer = await findCustomerInOrg(db, ctx.orgId, customerId);
  const jobs = await db.job.findMany({
    where: {
      organizationId: ctx.orgId,
      kind: SUBJECT_EXPORT_JOB,
      params: { path: ["customerId"], equals: customer.id },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, status: true, createdAt: true, finishedAt: true, error: true },
  });
  const stored = await db.privacyExport.findMany({
    where: { organizationId: ctx.orgId, id: { in: jobs.map((job) => job.id) } },
    select: { id: true, expiresAt: true, byteSize: true },
  });
  const byId = new Map(stored.map((file) => [file.id, file]));
  const now = new Date();
  return jobs.map((job) => {
    const file = byId.get(job.id);
    return {
      id: job.id,
      status: job.status,
      requestedAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
      ready: Boolean(file && file.expiresAt > now),
      expiresAt: file?.expiresAt.toISOString() ?? null,
      byteSize: file?.byteSize ?? null,
      error: job.error,
    };
  });
}

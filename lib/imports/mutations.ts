import "server-only";
// Import writes: start a draft import as a background job, cancel it, undo it, and saved mappings.
import { db, type Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict, notFound } from "@/lib/errors";
import { getOrgDefaults } from "@/lib/customers/queries";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueJob, kickJobs, requestJobCancel } from "@/lib/jobs";
import { IMPORT_JOB, UNDO_IMPORT_JOB } from "@/lib/imports/jobs";
import { findImport, getImport } from "@/lib/imports/queries";
import type { ImportResource } from "@/lib/imports/resource";
import { detectImportReadings } from "@/lib/imports/pipeline/readings";
import { parseImportRun } from "@/lib/imports/run-options";
import { savedMappingInputSchema } from "@/lib/imports/schemas";
import { isUuid, parseWith } from "@/lib/validation";

/**
 * Queues the import with this mapping, mode, match key and number/date conventions (decided now from the
 * file's first rows, as the preview showed them); an import runs once (CONFLICT after).
 */
export async function startImport(ctx: Ctx, id: string, input: unknown): Promise<ImportResource> {
  const file = await findImport(ctx, id);
  const run = parseImportRun(input, file.headers as string[]);
  const { defaultCountry } = await getOrgDefaults(ctx);
  const readings = await detectImportReadings({ file, ...run, country: defaultCountry });
  await db.$transaction(async (tx) => {
    const job = await enqueueJob(ctx, { kind: IMPORT_JOB, params: { importId: file.id } }, { tx });
    const { count } = await tx.customerImport.updateMany({
      where: { id: file.id, organizationId: ctx.orgId, jobId: null },
      data: {
        jobId: job.id,
        mapping: run.mapping as unknown as Prisma.InputJsonValue,
        mode: run.mode,
        matchOn: run.matchOn,
        numberFormat: run.numberFormat,
        dateFormat: run.dateFormat,
        readings: readings as unknown as Prisma.InputJsonValue,
      },
    });
    if (count === 0) throw conflict("This import was already started. Upload the file again to run another import.");
  });
  kickJobs();
  return getImport(ctx, id);
}

/** Stops a queued or running import after its current batch (committed batches stay; undo removes them). */
export async function cancelImport(ctx: Ctx, id: string): Promise<ImportResource> {
  const file = await findImport(ctx, id);
  if (!file.jobId) throw conflict("This import has not been started.");
  await requestJobCancel(ctx, file.jobId);
  return getImport(ctx, id);
}

/** Queues the undo of a finished (completed, failed or cancelled) import; once only. */
export async function undoImport(ctx: Ctx, id: string): Promise<ImportResource> {
  const file = await findImport(ctx, id);
  const job = file.jobId ? await db.job.findUnique({ where: { id: file.jobId } }) : null;
  if (!job) throw conflict("This import has not been started, so there is nothing to undo.");
  if (job.status === "queued" || job.status === "running")
    throw conflict("Wait for the import to finish, or cancel it, before undoing it.");
  await db.$transaction(async (tx) => {
    const undo = await enqueueJob(ctx, { kind: UNDO_IMPORT_JOB, params: { importId: file.id } }, { tx });
    const { count } = await tx.customerImport.updateMany({
      where: { id: file.id, undoJobId: null },
      data: { undoJobId: undo.id },
    });
    if (count === 0) throw conflict("This import was already undone.");
  });
  kickJobs();
  return getImport(ctx, id);
}

export async function saveImportMapping(ctx: Ctx, input: unknown) {
  assertCan(ctx, "customer:import");
  const data = parseWith(savedMappingInputSchema, input);
  try {
    const row = await db.importMapping.create({
      data: {
        organizationId: ctx.orgId,
        name: data.name,
        mapping: data.mapping as unknown as Prisma.InputJsonValue,
        createdById: ctx.userId,
      },
    });
    return { id: row.id, name: row.name, mapping: data.mapping };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw conflict(`A saved mapping is already named "${data.name}".`, { name: ["This name is already used"] });
  }
}

export async function deleteImportMapping(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "customer:import");
  const { count } = isUuid(id)
    ? await db.importMapping.deleteMany({ where: { id, organizationId: ctx.orgId } })
    : { count: 0 };
  if (count === 0) throw notFound("Saved mapping");
}

/** Removes an import that was never started (a direct REST import whose options were refused). */
export async function discardDraftImport(ctx: Ctx, id: string): Promise<void> {
  await db.customerImport.deleteMany({ where: { id, organizationId: ctx.orgId, jobId: null } });
}

import "server-only";
// Starting a duplicates scan (one at a time per organization) and dismissing a pair as "not a
// duplicate" (kept for good, so no later scan proposes it) or taking that back. Managers and up.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { enqueueJob, kickJobs, type JobRecord } from "@/lib/jobs";
import { parseWith } from "@/lib/validation";
import {
  DUPLICATE_SCAN_JOB,
  dismissInputSchema,
  pairSchema,
  scanStepLabels,
  type ScanParams,
} from "@/lib/duplicate-pairs/schemas";

async function queueScan(ctx: Ctx, trigger: ScanParams["trigger"]): Promise<{ job: JobRecord; queued: boolean }> {
  assertCan(ctx, "duplicate:review");
  const pending = await db.job.findFirst({
    where: { organizationId: ctx.orgId, kind: DUPLICATE_SCAN_JOB, status: { in: ["queued", "running"] } },
    orderBy: { createdAt: "desc" },
  });
  if (pending) return { job: pending, queued: false };
  const job = await enqueueJob(ctx, { kind: DUPLICATE_SCAN_JOB, params: { trigger }, total: scanStepLabels.length });
  return { job, queued: true };
}

/** "Scan now": queues a scan and starts it, unless one is already queued or running (that one is returned). */
export async function startDuplicateScan(ctx: Ctx): Promise<JobRecord> {
  const { job, queued } = await queueScan(ctx, "manual");
  if (queued) kickJobs();
  return job;
}

/**
 * After an import changed customers, the pairs are stale: queue a scan for the worker (acting as the
 * import's actor, when that role may review duplicates), unless one is pending already.
 */
export async function queueScanAfterImport(ctx: Ctx): Promise<void> {
  if (can(ctx.role, "duplicate:review")) await queueScan(ctx, "import");
}

/** Both customers must be the organization's (another organization's customer is NOT_FOUND). */
async function assertPairInOrg(ctx: Ctx, a: string, b: string) {
  const found = await db.customer.count({ where: { organizationId: ctx.orgId, id: { in: [a, b] } } });
  if (found !== 2) throw notFound("Customer");
}

/** Marks the pair "not a duplicate"; dismissing it again keeps the first dismissal. */
export async function dismissDuplicatePair(ctx: Ctx, input: unknown): Promise<{ customerIds: [string, string] }> {
  assertCan(ctx, "duplicate:review");
  const { a, b, note } = parseWith(dismissInputSchema, input);
  await assertPairInOrg(ctx, a, b);
  await db.duplicateDismissal.upsert({
    where: { customerAId_customerBId: { customerAId: a, customerBId: b } },
    create: { organizationId: ctx.orgId, customerAId: a, customerBId: b, dismissedById: ctx.userId, note },
    update: {},
  });
  return { customerIds: [a, b] };
}

/** Takes a dismissal back (Undo): the pair shows again if the last scan found it, else after the next one. */
export async function restoreDuplicatePair(ctx: Ctx, input: unknown): Promise<{ customerIds: [string, string] }> {
  assertCan(ctx, "duplicate:review");
  const { a, b } = parseWith(pairSchema, input);
  await assertPairInOrg(ctx, a, b);
  await db.duplicateDismissal.deleteMany({ where: { organizationId: ctx.orgId, customerAId: a, customerBId: b } });
  return { customerIds: [a, b] };
}

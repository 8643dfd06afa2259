import "server-only";
// The nightly retention job, per organization (Settings → Privacy): hand-logged activity (notes, calls, emails,
// meetings) older than N months is deleted — the change history (edits, merges, transfers) is kept; imports
// older than N days are purged with their file, staged rows, results and issues, unfinished uploads included;
// customers archived for more than N months are erased (lib/privacy/erasure.ts). Each batch commits with the
// job's checkpoint, which carries the counts per rule, so a resumed run continues and reports the whole night.
import { db, type Tx } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/types";
import { log } from "@/lib/log";
import { eraseCustomerAsSystem } from "@/lib/privacy/erasure";
import type { RetentionCounts, RetentionCursor, RetentionParams } from "@/lib/privacy/retention-schemas";
import { getPrivacySettings } from "@/lib/privacy/settings";

/** Rows deleted per statement: short transactions, and a checkpoint after each. */
const ACTIVITY_BATCH = 2_000;
const ERASE_BATCH = 50;

const emptyCounts: RetentionCounts = {
  activitiesDeleted: 0,
  importsPurged: 0,
  exportsDeleted: 0,
  customersErased: 0,
  customersFailed: 0,
};

/** Deletes up to one batch of the organization's hand-logged activity recorded before `cutoff`. */
function deleteActivityBatch(tx: Tx, orgId: string, cutoff: Date): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM activity WHERE id IN (
      SELECT id FROM activity
      WHERE organization_id = ${orgId} AND type <> 'change' AND created_at < ${cutoff}
      LIMIT ${ACTIVITY_BATCH})`;
}

/** Imports created before `cutoff` whose import or undo is not queued or running. */
async function purgeableImports(orgId: string, cutoff: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT i.id::text AS id FROM import i
    WHERE i.organization_id = ${orgId} AND i.created_at < ${cutoff}
      AND NOT EXISTS (
        SELECT 1 FROM job j WHERE j.id IN (i.job_id, i.undo_job_id) AND j.status IN ('queued', 'running'))
    ORDER BY i.created_at`;
  return rows.map((row) => row.id);
}

/** Customers archived before `cutoff`, not yet erased, not merged away. */
async function expiredArchivedCustomers(orgId: string, cutoff: Date, after: string | null): Promise<string[]> {
  const rows = await db.customer.findMany({
    where: {
      organizationId: orgId,
      archivedAt: { lt: cutoff },
      erasedAt: null,
      mergedIntoId: null,
      ...(after && { id: { gt: after } }),
    },
    select: { id: true },
    orderBy: { id: "asc" },
    take: ERASE_BATCH,
  });
  return rows.map((row) => row.id);
}

const monthsBefore = (date: Date, months: number) => {
  const cutoff = new Date(date);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
};
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * 86_400_000);

export async function runRetentionJob(jc: JobContext<RetentionParams, RetentionCursor>): Promise<void> {
  const orgId = jc.job.organizationId;
  const asOf = new Date(jc.params.asOf);
  const settings = await getPrivacySettings({ orgId });
  let cursor: RetentionCursor = jc.cursor ?? { phase: "activity", counts: { ...emptyCounts } };
  const advance = (phase: RetentionCursor["phase"], more: Partial<RetentionCounts> = {}): RetentionCursor => {
    const counts = { ...cursor.counts };
    for (const [key, value] of Object.entries(more) as [keyof RetentionCounts, number][]) counts[key] += value;
    return { phase, counts };
  };

  if (cursor.phase === "activity") {
    const months = settings.retentionActivityMonths;
    for (let deleted = ACTIVITY_BATCH; months !== null && deleted === ACTIVITY_BATCH;) {
      deleted = await db.$transaction(async (tx) => {
        const count = await deleteActivityBatch(tx, orgId, monthsBefore(asOf, months));
        cursor = advance("activity", { activitiesDeleted: count });
        await jc.progress({ processed: count }, cursor, tx);
        return count;
      });
    }
    cursor = advance("imports");
    await jc.progress({}, cursor);
  }

  if (cursor.phase === "imports") {
    for (const importId of await purgeableImports(orgId, daysBefore(asOf, settings.retentionImportDays))) {
      await db.$transaction(async (tx) => {
        // The file's chunks, staged rows, row results and issues go with it (ON DELETE CASCADE).
        const { count } = await tx.customerImport.deleteMany({ where: { id: importId, organizationId: orgId } });
        cursor = advance("imports", { importsPurged: count });
        await jc.progress({ processed: count }, cursor, tx);
      });
    }
    // Expired subject access exports can no longer be downloaded: their ZIPs go too (idempotent on a resumed run).
    await db.$transaction(async (tx) => {
      const { count } = await tx.privacyExport.deleteMany({
        where: { organizationId: orgId, expiresAt: { lte: asOf } },
      });
      cursor = advance("customers", { exportsDeleted: count });
      await jc.progress({ processed: count }, cursor, tx);
    });
  }

  if (cursor.phase === "customers") {
    const months = settings.retentionArchivedCustomerMonths;
    const reason = `Retention: archived for more than ${months} months (Settings → Privacy)`;
    for (let after: string | null = null, batch: string[] = []; months !== null; after = batch.at(-1) ?? null) {
      batch = await expiredArchivedCustomers(orgId, monthsBefore(asOf, months), after);
      if (batch.length === 0) break;
      for (const customerId of batch) {
        // One customer that cannot be erased (e.g. restored meanwhile) is counted and logged, not the night's end.
        const erased = await eraseCustomerAsSystem(orgId, customerId, { reason }).then(
          () => true,
          (error: unknown) => {
            log().error({ err: error, orgId, customerId }, "retention.erase_failed");
            return false;
          },
        );
        cursor = advance("customers", erased ? { customersErased: 1 } : { customersFailed: 1 });
        await jc.progress(erased ? { processed: 1 } : { failed: 1 }, cursor);
      }
    }
    cursor = advance("done");
    await jc.progress({}, cursor);
  }
}

import "server-only";
// The `customer_import_undo` job: removes the customers an import created and restores the ones it
// updated, batch by batch — but only those still at the version the import left them, so nothing
// anyone changed since is overwritten (they are counted as skipped). Counters: `created` = removed,
// `updated` = restored.
import { consentChangeRows } from "@/lib/consent/record";
import { db, type Tx } from "@/lib/db";
import { assertCan } from "@/lib/auth/context";
import { diffFields } from "@/lib/activity/record";
import { customerFieldNames } from "@/lib/customers/fields";
import { customerSearchText } from "@/lib/customers/search-text";
import type { JobContext } from "@/lib/jobs/types";
import type { ImportJobParams } from "@/lib/imports/jobs";
import { snapshotValue } from "@/lib/imports/pipeline/apply";
import { contactFieldNames } from "@/lib/contacts/schemas";
import { insertRows, toColumn, updateRows, uuid7, withSavepoint } from "@/lib/imports/sql";
import { openCustomerFields, sealChanges, sealCustomerFields } from "@/lib/privacy/encrypted-fields";
import { recordEvent, recordEvents } from "@/lib/events/record";

interface ResultRow {
  row_number: number;
  customer_id: string;
  action: string;
  before: Record<string, unknown> | null;
  version_after: number;
  contact_id: string | null;
  contact_action: string | null;
  contact_before: Record<string, unknown> | null;
  contact_version_after: number | null;
}

/**
 * Deletes created customers still at their imported version that nothing (asset, work order) refers to;
 * their customer.deleted events (data null: the rows are gone) go in one statement after.
 */
async function removeCreated(tx: Tx, jc: JobContext, rows: ResultRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const removed = await tx.$queryRawUnsafe<{ id: string }[]>(
    `DELETE FROM customer c USING json_to_recordset($2::json) AS v(id uuid, version int)
     WHERE c.id = v.id AND c.organization_id = $1 AND c.version = v.version
       AND NOT EXISTS (SELECT 1 FROM asset_customer a WHERE a.customer_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM work_order w WHERE w.customer_id = c.id)
     RETURNING c.id::text AS id`,
    jc.ctx.orgId,
    JSON.stringify(rows.map((r) => ({ id: r.customer_id, version: r.version_after }))),
  );
  const events = removed.map(
    ({ id }) => ({ type: "customer.deleted", resourceType: "customer", resourceId: id }) as const,
  );
  await recordEvents(tx, jc.ctx, events);
  return removed.length;
}

/** Contacts the import added to customers it updated (and undo restores): soft-deleted if untouched since. */
async function removeAddedContacts(tx: Tx, orgId: string, rows: ResultRow[], userId: string | null): Promise<void> {
  const added = rows.filter((r) => r.contact_action === "created" && r.contact_id);
  if (added.length === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE contact c SET deleted_at = now(), deleted_by_id = $3, is_primary = false, version = c.version + 1
     FROM json_to_recordset($2::json) AS v(id uuid, version int)
     WHERE c.id = v.id AND c.organization_id = $1 AND c.version = v.version AND c.deleted_at IS NULL`,
    orgId,
    JSON.stringify(added.map((r) => ({ id: r.contact_id, version: r.contact_version_after }))),
    userId,
  );
  // A customer left without a primary contact gets its earliest live one back as primary.
  await tx.$executeRawUnsafe(
    `UPDATE contact SET is_primary = true WHERE id IN (
       SELECT DISTINCT ON (customer_id) id FROM contact
       WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) AND deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM contact p WHERE p.customer_id = contact.customer_id AND p.is_primary AND p.deleted_at IS NULL)
       ORDER BY customer_id, created_at, id)`,
    orgId,
    [...new Set(added.map((r) => r.customer_id))],
  );
}

/** Contacts the import changed: their fields written back if untouched since (the primary flag stays). */
async function restoreChangedContacts(tx: Tx, orgId: string, rows: ResultRow[], userId: string | null): Promise<void> {
  const changed = rows.filter((r) => r.contact_action === "updated" && r.contact_id && r.contact_before);
  if (changed.length === 0) return;
  const records = changed.map((r) => {
    const before = Object.fromEntries(contactFieldNames.map((f) => [toColumn(f), r.contact_before![f] ?? null]));
    return { ...before, id: r.contact_id, version: r.contact_version_after };
  });
  const sets = contactFieldNames.map((f) => `"${toColumn(f)}" = r."${toColumn(f)}"`).join(", ");
  // A live contact given the old email since would clash: then the contacts of this batch stay as they are.
  await withSavepoint(tx, () =>
    tx.$executeRawUnsafe(
      `UPDATE contact t SET ${sets}, version = t.version + 1, updated_at = now(), updated_by_id = $3
       FROM json_populate_recordset(NULL::contact, $2::json) r
       WHERE t.id = r.id AND t.organization_id = $1 AND t.version = r.version AND t.deleted_at IS NULL`,
      orgId,
      JSON.stringify(records),
      userId,
    ),
  );
}

async function restoreUpdated(tx: Tx, jc: JobContext, rows: ResultRow[], filename: string): Promise<number> {
  if (rows.length === 0) return 0;
  const current = await tx.customer.findMany({
    where: { id: { in: rows.map((r) => r.customer_id) }, organizationId: jc.ctx.orgId },
    include: { contacts: { where: { deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  const byId = new Map(current.map((c) => [c.id, c]));
  const restorable = rows.filter((r) => byId.get(r.customer_id)?.version === r.version_after && r.before);
  await removeAddedContacts(tx, jc.ctx.orgId, restorable, jc.ctx.userId);
  await restoreChangedContacts(tx, jc.ctx.orgId, restorable, jc.ctx.userId);
  const writes = restorable.map((r) => {
    const before = r.before!;
    const contacts = byId
      .get(r.customer_id)!
      .contacts.filter((c) => !(r.contact_action === "created" && c.id === r.contact_id))
      .map((c) => (r.contact_action === "updated" && c.id === r.contact_id ? { ...c, ...r.contact_before } : c));
    // Undo data holds ciphertext (kept) or, from imports before encryption, plaintext (sealed now).
    return {
      id: r.customer_id,
      ...sealCustomerFields(before),
      searchText: customerSearchText(before, contacts),
      updatedById: jc.ctx.userId,
    };
  });
  const restored = await updateRows(
    tx,
    "customer",
    jc.ctx.orgId,
    writes,
    "version = t.version + 1, updated_at = now()",
  );
  const done = new Set(restored.map((r) => r.id));
  const now = Object.fromEntries(
    current.map((c) => [c.id, Object.fromEntries(customerFieldNames.map((f) => [f, snapshotValue(c[f], f)]))]),
  );
  const changedOf = (r: ResultRow) =>
    diffFields(now[r.customer_id]!, openCustomerFields(r.before!), customerFieldNames);
  await recordEvents(
    tx,
    jc.ctx,
    restorable
      .filter((r) => done.has(r.customer_id))
      .map((r) => ({
        type: "customer.updated",
        resourceType: "customer",
        resourceId: r.customer_id,
        changed: Object.keys(changedOf(r)),
      })),
  );
  await insertRows(
    tx,
    "activity",
    restorable
      .filter((r) => done.has(r.customer_id))
      .map((r) => ({
        id: uuid7(),
        organizationId: jc.ctx.orgId,
        customerId: r.customer_id,
        type: "change",
        entityType: "customer",
        entityId: r.customer_id,
        action: "reverted",
        summary: `Import of ${filename} undone`.slice(0, 300),
        changes: sealChanges(diffFields(now[r.customer_id]!, openCustomerFields(r.before!), customerFieldNames)),
        actorId: jc.ctx.userId,
        actorKind: jc.ctx.actor,
      })),
  );
  // Consent the import changed and the undo puts back is a change of consent like any other.
  await insertRows(
    tx,
    "consent_change",
    restorable
      .filter((r) => done.has(r.customer_id))
      .flatMap((r) =>
        consentChangeRows(jc.ctx, { customerId: r.customer_id }, now[r.customer_id]!, r.before!, "import"),
      ),
  );
  return restored.length;
}

export async function runUndoJob(jc: JobContext<ImportJobParams, { row: number }>): Promise<void> {
  assertCan(jc.ctx, "customer:import");
  const { importId } = jc.params;
  const file = await db.customerImport.findFirstOrThrow({ where: { id: importId, organizationId: jc.ctx.orgId } });
  for (let last = jc.cursor?.row ?? 0; ;) {
    const rows = await db.$queryRawUnsafe<ResultRow[]>(
      `SELECT row_number, customer_id::text AS customer_id, action, before, version_after,
              contact_id::text AS contact_id, contact_action, contact_before, contact_version_after
       FROM import_row_result WHERE import_id = $1::uuid AND row_number > $2 ORDER BY row_number LIMIT 1000`,
      importId,
      last,
    );
    if (rows.length === 0) {
      await db.$transaction((tx) =>
        recordEvent(tx, jc.ctx, { type: "import.undone", resourceType: "import", resourceId: importId }),
      );
      return;
    }
    last = rows[rows.length - 1]!.row_number;
    await db.$transaction(
      async (tx) => {
        const created = rows.filter((r) => r.action === "created");
        const updated = rows.filter((r) => r.action === "updated");
        const removed = await removeCreated(tx, jc, created);
        const restored = await restoreUpdated(tx, jc, updated, file.filename);
        const skipped = rows.length - removed - restored;
        await jc.progress({ processed: rows.length, created: removed, updated: restored, skipped }, { row: last }, tx);
      },
      { timeout: 300_000, maxWait: 60_000 },
    );
  }
}

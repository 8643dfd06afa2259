import "server-only";
// The copies of a customer's personal data held outside its own row, scrubbed by an erasure in the caller's
// transaction: timeline diffs and summaries, hand-logged bodies, merge and import undo records, the
// duplicates review, asset-link and ownership notes, and (unless on legal hold) work-order snapshots.
import { Prisma, type Tx } from "@/lib/db";
import { contactPersonalFields, customerPersonalFields } from "@/lib/privacy/fields";
import { workOrderSearchText } from "@/lib/work-orders/search-text";

/** What the erasure reaches: the customers (the erased one and its merged tombstones), or one contact. */
export type ErasureScope = { customerIds: string[] } | { customerId: string; contactId: string };

const ERASED = "[erased]";

/** Every field name a stored diff or before-state may hold personal data under (REST/Prisma names). */
const personalKeys = [...new Set([...customerPersonalFields, ...contactPersonalFields, "customerName"])];

const isCustomerScope = (scope: ErasureScope): scope is { customerIds: string[] } => "customerIds" in scope;

/** The activity rows in scope: all of the customers', or the contact's own change entries. */
function activityWhere(orgId: string, scope: ErasureScope): Prisma.Sql {
  return isCustomerScope(scope)
    ? Prisma.sql`organization_id = ${orgId} AND customer_id = ANY(${scope.customerIds}::uuid[])`
    : Prisma.sql`organization_id = ${orgId} AND customer_id = ${scope.customerId}::uuid
        AND entity_type = 'contact' AND entity_id = ${scope.contactId}::uuid`;
}

/**
 * Timeline: personal values in diffs become "[erased]" (which also makes those changes unrevertable: the
 * current value no longer matches), summaries of customer and contact entries (they quote names) become
 * neutral, bodies go (hand-logged notes, calls, emails and meetings also lose their subject; a merge entry's
 * body is its copy of the customers' rows before the merge).
 */
export async function scrubActivities(tx: Tx, orgId: string, scope: ErasureScope) {
  const where = activityWhere(orgId, scope);
  const diffs = await tx.$executeRaw`
    UPDATE activity a SET changes = (
      SELECT jsonb_object_agg(e.key, CASE WHEN e.key = ANY(${personalKeys}::text[])
        THEN jsonb_build_object('from', ${ERASED}::text, 'to', ${ERASED}::text) ELSE e.value END)
      FROM jsonb_each(a.changes) e)
    WHERE ${where} AND jsonb_typeof(a.changes) = 'object' AND a.changes ?| ${personalKeys}::text[]`;
  await tx.$executeRaw`
    UPDATE activity SET summary = CASE entity_type WHEN 'customer' THEN 'Customer ' ELSE 'Contact ' END
      || replace(coalesce(action, 'changed'), '_', ' ') || ' (details erased)'
    WHERE ${where} AND type = 'change' AND entity_type IN ('customer', 'contact')`;
  // Bodies: what was said on calls and in notes, and a merge entry's copy of the rows before the merge.
  const bodies = await tx.$executeRaw`UPDATE activity SET body = NULL WHERE ${where} AND body IS NOT NULL`;
  const handLogged = isCustomerScope(scope)
    ? await tx.$executeRaw`
        UPDATE activity SET summary = initcap(type::text) || ' (content erased)' WHERE ${where} AND type <> 'change'`
    : 0;
  return { activityDiffs: diffs, activityBodies: bodies, handLoggedActivities: handLogged };
}

/** A stored row (merge before-state, import before-state) with its personal fields nulled, the name neutral. */
function scrubRow(row: unknown, name: string | null): unknown {
  if (row === null || typeof row !== "object" || Array.isArray(row)) return row;
  const scrubbed: Record<string, unknown> = { ...row };
  for (const key of personalKeys) if (key in scrubbed) scrubbed[key] = null;
  if (name !== null && "name" in scrubbed) scrubbed.name = name;
  return scrubbed;
}

interface MergeLinkSnapshot {
  customerId?: string;
  notes?: string | null;
}

/**
 * Merge records keep every customer's row before the merge and the moved links' notes, for undo: the erased
 * customers' rows are scrubbed there too (undo also refuses, since erasure changed the customer's version).
 */
export async function scrubMergeRecords(tx: Tx, orgId: string, names: Map<string, string>): Promise<number> {
  const ids = [...names.keys()];
  const merges = await tx.customerMerge.findMany({
    where: { organizationId: orgId, OR: [{ survivorId: { in: ids } }, { mergedIds: { hasSome: ids } }] },
    select: { id: true, before: true, moves: true },
  });
  for (const merge of merges) {
    const before = Array.isArray(merge.before)
      ? merge.before.map((row) => {
          const id = row && typeof row === "object" && "id" in row ? String(row.id) : "";
          return names.has(id) ? scrubRow(row, names.get(id)!) : row;
        })
      : merge.before;
    const moves = merge.moves as { links?: { before?: MergeLinkSnapshot[]; after?: MergeLinkSnapshot[] } } | null;
    const scrubLinks = (links: MergeLinkSnapshot[] = []) =>
      links.map((link) => (link.customerId && names.has(link.customerId) ? { ...link, notes: null } : link));
    const links = moves?.links && { before: scrubLinks(moves.links.before), after: scrubLinks(moves.links.after) };
    await tx.customerMerge.update({
      where: { id: merge.id },
      data: {
        before: before as Prisma.InputJsonValue,
        moves: (links ? { ...moves, links } : moves) as Prisma.InputJsonValue,
      },
    });
  }
  return merges.length;
}

/** The JSON with the personal keys it holds set to null (SQL; `column` is a trusted identifier). */
const nullPersonalKeys = (column: string) => {
  const ref = Prisma.raw(`r.${column}`);
  return Prisma.sql`CASE WHEN jsonb_typeof(${ref}) = 'object' THEN ${ref} || coalesce((
    SELECT jsonb_object_agg(k, 'null'::jsonb) FROM unnest(${personalKeys}::text[]) k WHERE ${ref} ? k), '{}'::jsonb)
    ELSE ${ref} END`;
};

/**
 * Import history: the before-states import undo keeps (customer and contact fields) are nulled, and the file's
 * cells kept for those rows (staged rows, rows with errors or warnings) are emptied. The uploaded file itself is
 * purged by the retention job (Settings → Privacy), not edited in place.
 */
export async function scrubImportRows(tx: Tx, orgId: string, scope: ErasureScope): Promise<number> {
  const rows = isCustomerScope(scope)
    ? Prisma.sql`r.customer_id = ANY(${scope.customerIds}::uuid[])`
    : Prisma.sql`r.contact_id = ${scope.contactId}::uuid`;
  const touched = await tx.$queryRaw<{ import_id: string; row_number: number }[]>`
    UPDATE import_row_result r SET before = ${nullPersonalKeys("before")},
      contact_before = ${nullPersonalKeys("contact_before")}
    FROM import i WHERE i.id = r.import_id AND i.organization_id = ${orgId} AND ${rows}
    RETURNING r.import_id::text, r.row_number`;
  if (touched.length === 0) return 0;
  const importIds = touched.map((row) => row.import_id);
  const rowNumbers = touched.map((row) => row.row_number);
  for (const table of ["import_staged_row", "import_row_issue"]) {
    await tx.$executeRaw`
      UPDATE ${Prisma.raw(table)} t SET cells = ARRAY[]::text[]
      FROM unnest(${importIds}::uuid[], ${rowNumbers}::int[]) AS k(import_id, row_number)
      WHERE t.import_id = k.import_id AND t.row_number = k.row_number`;
  }
  return touched.length;
}

/** Asset-link notes and ownership-transfer reasons are free text about the customer: cleared. */
export async function scrubFreeText(tx: Tx, orgId: string, customerIds: string[]) {
  const links = await tx.$executeRaw`
    UPDATE asset_customer SET notes = NULL
    WHERE organization_id = ${orgId} AND customer_id = ANY(${customerIds}::uuid[]) AND notes IS NOT NULL`;
  const transfers = await tx.$executeRaw`
    UPDATE ownership_transfer SET reason = '(erased)'
    WHERE organization_id = ${orgId} AND customer_id = ANY(${customerIds}::uuid[]) AND reason <> '(erased)'`;
  return { assetLinkNotes: links, ownershipReasons: transfers };
}

/** The customers leave the duplicates review: their pairs, a running scan's candidates and dismissals. */
export async function removeFromDuplicateReview(tx: Tx, orgId: string, customerIds: string[]): Promise<number> {
  let removed = 0;
  for (const table of ["duplicate_pair", "duplicate_candidate", "duplicate_dismissal"]) {
    removed += await tx.$executeRaw`
      DELETE FROM ${Prisma.raw(table)} WHERE organization_id = ${orgId}
        AND (customer_a_id = ANY(${customerIds}::uuid[]) OR customer_b_id = ANY(${customerIds}::uuid[]))`;
  }
  return removed;
}

/**
 * Work orders are kept (maintenance records must be), but their snapshot names the customer as erased and
 * drops its email, phone and street address; their search text is rebuilt from the neutral name.
 */
export async function anonymizeWorkOrders(tx: Tx, orgId: string, names: Map<string, string>): Promise<number> {
  const workOrders = await tx.workOrder.findMany({
    where: { organizationId: orgId, customerId: { in: [...names.keys()] } },
    select: {
      id: true,
      number: true,
      customerId: true,
      customerSnapshot: true,
      asset: { select: { registration: true, vin: true, serialNumber: true, make: true, model: true } },
    },
  });
  for (const workOrder of workOrders) {
    const name = names.get(workOrder.customerId!)!;
    const snapshot = workOrder.customerSnapshot as { billingAddress?: Record<string, unknown> } | null;
    const erasedSnapshot = snapshot && {
      ...snapshot,
      name,
      email: null,
      phone: null,
      billingAddress: { ...snapshot.billingAddress, line1: null, line2: null, city: null, postalCode: null },
    };
    const searchText = workOrderSearchText({ number: workOrder.number, asset: workOrder.asset, customerName: name });
    await tx.$executeRaw`
      UPDATE work_order SET customer_name = ${name}, search_text = ${searchText},
        customer_snapshot = ${erasedSnapshot === null ? null : JSON.stringify(erasedSnapshot)}::jsonb
      WHERE id = ${workOrder.id}::uuid`;
  }
  return workOrders.length;
}

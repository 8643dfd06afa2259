import "server-only";
// Writes one batch's decisions with a handful of multi-row statements: customers (INSERT / UPDATE …
// FROM json), their contacts (one primary per customer), per-row results for undo, the activity
// timeline and the row issues. The caller's transaction also holds the job checkpoint.
import type { Tx } from "@/lib/db";
import { diffFields, type FieldChanges } from "@/lib/activity/record";
import { customerFieldNames, recordedCustomerValue } from "@/lib/customers/fields";
import { customerSearchText, type SearchableContactFields } from "@/lib/customers/search-text";
import { contactFieldNames } from "@/lib/contacts/schemas";
import type { StoredContact } from "@/lib/imports/check-row";
import type { Decision } from "@/lib/imports/pipeline/decide";
import { emptyCounts, type BatchCounts, type ImportPlan, type IssueRow } from "@/lib/imports/pipeline/types";
import { insertRows, updateRows, uuid7 } from "@/lib/imports/sql";
import { draftEmailKeys } from "@/lib/duplicates/keys";
import { consentChangeRows } from "@/lib/consent/record";
import { sealChanges, sealCustomerFields } from "@/lib/privacy/encrypted-fields";
import { recordEvents, type EventRow } from "@/lib/events/record";
import { timed } from "@/lib/imports/pipeline/timings";

type Write = Extract<Decision, { kind: "create" | "update" }>;
export const isWrite = (d: Decision): d is Write => d.kind === "create" || d.kind === "update";

/**
 * A value as JSON for snapshots and diffs: money (a stored Decimal, or the schema's "25000.5") always
 * with two decimals and "Customer since" as YYYY-MM-DD, so an unchanged value never reads as a change.
 */
export const snapshotValue = (value: unknown, field?: string) => {
  if (field === "customerSince") return recordedCustomerValue(field, value);
  if (value !== null && typeof value === "object" && "toFixed" in value)
    return (value as { toFixed(d: number): string }).toFixed(2);
  if (field === "creditLimit" && typeof value === "string") return Number(value).toFixed(2);
  return value;
};

const pick = (record: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, snapshotValue(record[field] ?? null, field)]));

interface ContactWrite {
  id: string;
  created: boolean;
  isPrimary: boolean;
  clearOthers: boolean;
  fields: Record<string, unknown>;
  before: Record<string, unknown> | null;
  changes: FieldChanges;
}

function planContact(d: Write): ContactWrite | null {
  if (!d.contact) return null;
  const stored = d.existing?.contacts ?? [];
  const hasPrimary = stored.some((c) => c.isPrimary);
  const previous = d.existingContact;
  const isPrimary = d.contact.primary === true || !hasPrimary || (previous?.isPrimary ?? false);
  const fields = pick(d.contact, contactFieldNames);
  const changes = previous ? diffFields(pick(previous, contactFieldNames), fields, contactFieldNames) : {};
  return {
    id: previous?.id ?? uuid7(),
    created: !previous,
    isPrimary,
    clearOthers: isPrimary && hasPrimary && !previous?.isPrimary,
    fields,
    before: previous ? { ...pick(previous, contactFieldNames), isPrimary: previous.isPrimary } : null,
    changes:
      isPrimary && !previous?.isPrimary && previous ? { ...changes, isPrimary: { from: false, to: true } } : changes,
  };
}

/** What a create or update writes: the contact and the customer's changes; an update changing nothing writes nothing. */
export function planWrite(d: Write): { contact: ContactWrite | null; changes: FieldChanges; unchanged: boolean } {
  const contact = planContact(d);
  const changes = d.existing
    ? diffFields(pick(d.existing, customerFieldNames), pick(d.data, customerFieldNames), customerFieldNames)
    : {};
  const unchanged =
    d.existing !== null &&
    Object.keys(changes).length === 0 &&
    (!contact || (!contact.created && Object.keys(contact.changes).length === 0));
  return { contact, changes, unchanged };
}

/**
 * A new customer's duplicate keys for the contact written with it, given with the customer's insert so
 * the contact's insert finds them there and does not rewrite the customer (migration
 * 20261211100000_contact_keys_with_customer). Keyed as the trigger keys stored contacts; a key that
 * differed would only make the contact's insert refresh the customer as before.
 */
function contactKeys(contact: ContactWrite | null): { emailKeys: string[]; phoneKeys: string[] } {
  const fields = (contact?.fields ?? {}) as { email?: string | null; phone?: string | null; mobile?: string | null };
  // The phones are stored E.164 already (the schema normalized them): draftPhoneKeys would parse them again.
  const phones = [fields.phone, fields.mobile].filter((phone): phone is string => !!phone);
  return { emailKeys: draftEmailKeys({ contacts: [fields] }), phoneKeys: phones };
}

function searchTextOf(d: Write, contact: ContactWrite | null): string {
  const contacts: SearchableContactFields[] = (d.existing?.contacts ?? []).map((c: StoredContact) =>
    c.id === contact?.id
      ? (contact.fields as unknown as SearchableContactFields)
      : (c as unknown as SearchableContactFields),
  );
  if (contact?.created) contacts.push(contact.fields as unknown as SearchableContactFields);
  return customerSearchText(d.data, contacts);
}

export async function applyDecisions(tx: Tx, plan: ImportPlan, decisions: Decision[]): Promise<BatchCounts> {
  const { ctx, importId } = plan;
  const counts = { ...emptyCounts(), processed: decisions.length };
  const issues: IssueRow[] = [];
  const creates: Record<string, unknown>[] = [];
  const updates: (Record<string, unknown> & { id: string })[] = [];
  const newContacts: Record<string, unknown>[] = [];
  const changedContacts: (Record<string, unknown> & { id: string })[] = [];
  const clearPrimaryOf: string[] = [];
  const results: Record<string, unknown>[] = [];
  const activities: Record<string, unknown>[] = [];
  const consentChanges: Record<string, unknown>[] = [];
  const events: EventRow[] = [];
  const source = `import of ${plan.filename}`.slice(0, 200);
  // The activity rows below carry this transaction's time; writing it onto the customers now spares the
  // activity trigger (which moves last_activity_at forward) a second write of every customer row.
  const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`SELECT now()::timestamptz(3) AS now`;
  const lastActivityAt = now.toISOString();
  const activity = (
    customerId: string,
    entityType: string,
    entityId: string,
    action: string,
    summary: string,
    changes?: FieldChanges,
  ) => ({
    id: uuid7(),
    organizationId: ctx.orgId,
    customerId,
    type: "change",
    entityType,
    entityId,
    action,
    summary: summary.slice(0, 300),
    changes: changes && Object.keys(changes).length > 0 ? sealChanges(changes) : null,
    actorId: ctx.userId,
    actorKind: ctx.actor,
  });

  for (const decision of decisions) {
    if (decision.kind === "fail" || decision.kind === "skip") {
      const failed = decision.kind === "fail";
      counts[failed ? "failed" : "skipped"]++;
      if (!failed) counts.warnings++;
      issues.push({
        importId,
        rowNumber: decision.row.rowNumber,
        severity: failed ? "error" : "warning",
        messages: decision.issues,
        cells: failed ? decision.row.cells : null,
      });
      continue;
    }
    if (!isWrite(decision)) {
      counts.skipped++;
      continue;
    }
    const d = decision;
    const { contact, changes, unchanged } = planWrite(d);
    if (unchanged) {
      counts.skipped++;
      continue;
    }
    const customerId = d.existing?.id ?? uuid7();
    // Set-based SQL bypasses the client's encryption: the encrypted fields are sealed here.
    const columns = {
      ...sealCustomerFields(d.data),
      searchText: searchTextOf(d, contact),
      updatedById: ctx.userId,
      lastActivityAt,
    };
    if (d.existing) {
      updates.push({ id: customerId, ...columns });
      activities.push(
        activity(customerId, "customer", customerId, "updated", `Customer updated by ${source}`, changes),
      );
    } else {
      creates.push({
        id: customerId,
        organizationId: ctx.orgId,
        ...columns,
        ...contactKeys(contact),
        ownerId: ctx.actor === "user" ? ctx.userId : null,
        createdById: ctx.userId,
      });
      activities.push(activity(customerId, "customer", customerId, "created", `Customer created by ${source}`));
    }
    consentChanges.push(...consentChangeRows(ctx, { customerId }, d.existing, d.data, "import"));
    counts[d.existing ? "updated" : "created"]++;
    const changed = Object.keys(changes);
    events.push({
      type: d.existing ? "customer.updated" : "customer.created",
      resourceType: "customer",
      resourceId: customerId,
      changed,
    });
    if (d.warnings?.length) {
      counts.warnings++;
      issues.push({ importId, rowNumber: d.row.rowNumber, severity: "warning", messages: d.warnings, cells: null });
    }
    if (contact?.clearOthers) clearPrimaryOf.push(customerId);
    const contactConsent = contact
      ? consentChangeRows(ctx, { customerId, contactId: contact.id }, contact.before, contact.fields, "import")
      : [];
    consentChanges.push(...contactConsent);
    // As a form's change does, a change of marketing consent stamps when and by whom.
    const consentStamp = contactConsent.some((change) => change.field === "marketingConsent")
      ? { marketingConsentAt: lastActivityAt, marketingConsentById: ctx.userId }
      : {};
    if (contact?.created) {
      newContacts.push({
        id: contact.id,
        organizationId: ctx.orgId,
        customerId,
        ...contact.fields,
        ...consentStamp,
        isPrimary: contact.isPrimary,
        createdById: ctx.userId,
        updatedById: ctx.userId,
      });
    } else if (contact && Object.keys(contact.changes).length > 0) {
      changedContacts.push({
        id: contact.id,
        ...contact.fields,
        ...consentStamp,
        isPrimary: contact.isPrimary,
        updatedById: ctx.userId,
      });
    }
    const name = contact ? `${String(contact.fields.firstName)} ${String(contact.fields.lastName)}` : "";
    if (contact?.created)
      activities.push(activity(customerId, "contact", contact.id, "created", `Contact ${name} added by ${source}`));
    else if (contact && Object.keys(contact.changes).length > 0)
      activities.push(
        activity(customerId, "contact", contact.id, "updated", `Contact ${name} updated by ${source}`, contact.changes),
      );
    const contactTouched = contact && (contact.created || Object.keys(contact.changes).length > 0);
    if (contactTouched) {
      const type = contact.created ? "contact.created" : "contact.updated";
      events.push({ type, resourceType: "contact", resourceId: contact.id, changed: Object.keys(contact.changes) });
    }
    results.push({
      importId,
      rowNumber: d.row.rowNumber,
      customerId,
      action: d.existing ? "updated" : "created",
      before: d.existing ? sealCustomerFields(pick(d.existing, customerFieldNames)) : null,
      versionAfter: d.existing ? d.existing.version + 1 : 1,
      contactId: contactTouched ? contact.id : null,
      contactAction: contactTouched ? (contact.created ? "created" : "updated") : null,
      contactBefore: contactTouched ? contact.before : null,
      contactVersionAfter: contactTouched ? (contact.created ? 1 : Number(d.existingContact?.version ?? 0) + 1) : null,
    });
  }

  await insertRows(tx, "customer", creates);
  await updateRows(tx, "customer", ctx.orgId, updates, "version = t.version + 1, updated_at = now()");
  if (clearPrimaryOf.length > 0) {
    await tx.$executeRawUnsafe(
      `UPDATE contact SET is_primary = false WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) AND is_primary AND deleted_at IS NULL`,
      ctx.orgId,
      clearPrimaryOf,
    );
  }
  await insertRows(tx, "contact", newContacts);
  await updateRows(tx, "contact", ctx.orgId, changedContacts, "version = t.version + 1, updated_at = now()");
  await insertRows(tx, "import_row_result", results);
  await insertRows(tx, "activity", activities);
  await insertRows(tx, "consent_change", consentChanges);
  await insertRows(tx, "import_row_issue", issues as unknown as Record<string, unknown>[]);
  await timed("outbox events", () => recordEvents(tx, ctx, events));
  return counts;
}

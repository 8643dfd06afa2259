// Which stored fields are encrypted (lib/privacy/crypto.ts), and sealing/opening them on rows, on
// customer snapshots (merge and import undo data) and on timeline diffs, which hold ciphertext too.
import { openPii, PiiDecryptError, sealForWrite } from "@/lib/privacy/crypto";
import { isSealed } from "@/lib/privacy/sealed-format";

/** Customer fields stored encrypted, with the label bound into each value (its table and column). */
export const encryptedCustomerFields = {
  taxId: "customer.tax_id",
  dateOfBirth: "customer.date_of_birth",
  internalNotes: "customer.internal_notes",
} as const;

type EncryptedField = keyof typeof encryptedCustomerFields;

/** The label bound into a sensitive timeline entry's body (only entries marked `sensitive` are sealed). */
export const SENSITIVE_BODY_LABEL = "activity.body";

/** An activity write (Prisma data) with its body sealed when the entry is marked sensitive. */
export function sealActivityBody<T extends Record<string, unknown>>(data: T): T {
  if (data.sensitive !== true || typeof data.body !== "string") return data;
  return { ...data, body: sealForWrite(data.body, SENSITIVE_BODY_LABEL) };
}

const entries = Object.entries(encryptedCustomerFields) as [EncryptedField, string][];

export const isEncryptedCustomerField = (field: string): field is EncryptedField => field in encryptedCustomerFields;

const isPlainObject = (value: object) => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Opens, in place, every encrypted field in a query result: rows, arrays of rows, and rows nested in
 * them (a customer included through a relation, a merge's stored rows). Plaintext is left as it is.
 */
export function openEncryptedFields(value: unknown, depth = 0): void {
  if (value === null || typeof value !== "object" || depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) openEncryptedFields(item, depth + 1);
    return;
  }
  if (!isPlainObject(value)) return;
  const row = value as Record<string, unknown>;
  for (const key of Object.keys(row)) {
    const inner = row[key];
    if (typeof inner === "string") {
      if (isEncryptedCustomerField(key) && isSealed(inner)) row[key] = openPii(inner, encryptedCustomerFields[key]);
    } else if (inner !== null && typeof inner === "object") openEncryptedFields(inner, depth + 1);
  }
}

/**
 * A customer row or snapshot (Prisma field names) with its encrypted fields sealed: plaintext is
 * encrypted, ciphertext kept. Other fields are untouched; a `{ set: … }` update is handled too.
 */
export function sealCustomerFields<T extends Record<string, unknown>>(row: T): T {
  let sealed: Record<string, unknown> | null = null;
  for (const [field, label] of entries) {
    if (!(field in row)) continue;
    const value = row[field];
    sealed ??= { ...row };
    if (typeof value === "string") sealed[field] = sealForWrite(value, label);
    else if (value !== null && typeof value === "object" && "set" in value)
      sealed[field] = { set: sealForWrite((value as { set: string | null }).set, label) };
  }
  return (sealed ?? row) as T;
}

/** A customer snapshot (e.g. a merge's stored rows) with its encrypted fields opened. */
export function openCustomerFields<T extends Record<string, unknown>>(row: T): T {
  const opened: Record<string, unknown> = { ...row };
  for (const [field, label] of entries) {
    const value = row[field];
    if (typeof value === "string") opened[field] = openPii(value, label);
  }
  return opened as T;
}

type Changes = Record<string, { from: unknown; to: unknown }>;

const mapChanges = (changes: Changes, map: (field: EncryptedField, value: string) => string): Changes =>
  Object.fromEntries(
    Object.entries(changes).map(([field, change]) => {
      if (!isEncryptedCustomerField(field) || change === null || typeof change !== "object") return [field, change];
      const each = (value: unknown) => (typeof value === "string" ? map(field, value) : value);
      return [field, { from: each(change.from), to: each(change.to) }];
    }),
  );

/** A customer change's diff as recorded: the encrypted fields' before and after as ciphertext. */
export function sealChanges<T extends Changes | null | undefined>(changes: T): T {
  if (!changes) return changes;
  return mapChanges(changes, (field, value) => sealForWrite(value, encryptedCustomerFields[field])) as T;
}

/** Shown in a timeline in place of a value under a key PII_KEYS no longer holds. */
export const UNREADABLE_VALUE = "(encrypted under a retired key)";

/** Opens one timeline value leniently: timeline entries outlive keys, the customer rows are re-encrypted first. */
function openTimelineValue(field: EncryptedField, value: string): string {
  return openLeniently(value, encryptedCustomerFields[field]);
}

function openLeniently(value: string, label: string): string {
  try {
    return openPii(value, label);
  } catch (error) {
    if (error instanceof PiiDecryptError && error.reason === "unknown-key") return UNREADABLE_VALUE;
    throw error;
  }
}

/**
 * A merge entry's body (`{ before: [rows] }` as JSON text, for the timeline) with the rows' encrypted
 * fields opened; text that is not such JSON is returned as is.
 */
function openMergeBody(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  const rows = (parsed as { before?: unknown } | null)?.before;
  if (!Array.isArray(rows)) return body;
  const opened = rows.map((row: unknown) => {
    if (row === null || typeof row !== "object") return row;
    const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
    for (const [field] of entries) {
      const value = copy[field];
      if (typeof value === "string" && isSealed(value)) copy[field] = openTimelineValue(field, value);
    }
    return copy;
  });
  return JSON.stringify({ ...(parsed as object), before: opened });
}

/**
 * Opens, in place, timeline entries as read through the client: the encrypted fields in their diffs and
 * in a merge entry's before-state, and a sensitive entry's body. A value under a key no longer held reads as UNREADABLE_VALUE instead
 * of failing the whole timeline (or a subject access export); a tampered one still fails.
 */
export function openActivityFields(result: unknown): void {
  for (const row of Array.isArray(result) ? result : [result]) {
    if (row === null || typeof row !== "object") continue;
    const entry = row as { changes?: unknown; action?: unknown; body?: unknown };
    if (entry.changes !== null && typeof entry.changes === "object" && !Array.isArray(entry.changes))
      entry.changes = mapChanges(entry.changes as Changes, openTimelineValue);
    if (entry.action === "merged" && typeof entry.body === "string") entry.body = openMergeBody(entry.body);
    // Input schemas refuse text of the sealed form, so a sealed body is a sensitive entry's.
    else if (typeof entry.body === "string" && isSealed(entry.body))
      entry.body = openLeniently(entry.body, SENSITIVE_BODY_LABEL);
  }
}

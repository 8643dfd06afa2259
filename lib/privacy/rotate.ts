import "server-only";
// `npm run pii:rotate` and the start-up backfill: every encrypted field not under the active key —
// plaintext written before encryption, or ciphertext under an older key — is (re-)encrypted under it,
// in the customer columns, in sensitive timeline entries' bodies and in the snapshots that copy them
// (timeline diffs, merge and import undo data). Batches of keyset-ordered rows, one set-based UPDATE each,
// guarded by the value read, so a concurrent write is never overwritten and a stopped run simply continues
// when run again.
import { db } from "@/lib/db";
import { openPii, piiKeyring, sealedKeyId, sealPii, type PiiKeyring } from "@/lib/privacy/crypto";
import {
  encryptedCustomerFields,
  isEncryptedCustomerField,
  SENSITIVE_BODY_LABEL,
} from "@/lib/privacy/encrypted-fields";
import { WEBHOOK_SECRET_LABEL } from "@/lib/webhooks/secret";

export interface RotateProgress {
  /** `customer`, `activity` (sensitive bodies), or the snapshot column (`activity.changes` …) being walked. */
  target: string;
  /** Rows read so far in this target, and how many of them were rewritten. */
  scanned: number;
  rewritten: number;
}

interface RotateOptions {
  batchSize?: number;
  /** Only this organization's rows (tests; the script walks every organization). */
  organizationId?: string;
  onProgress?: (progress: RotateProgress) => void;
}

interface SealedTable {
  table: "customer" | "activity";
  columns: { column: string; label: string }[];
  /** Which rows hold sealed values at all (SQL on alias `c`). */
  where: string;
}

/** Tables whose columns hold sealed values directly: the customer's encrypted fields, sensitive timeline bodies. */
const sealedTables: SealedTable[] = [
  {
    table: "customer",
    columns: Object.values(encryptedCustomerFields).map((label) => ({ label, column: label.split(".")[1]! })),
    where: "TRUE",
  },
  { table: "activity", columns: [{ column: "body", label: SENSITIVE_BODY_LABEL }], where: "c.sensitive" },
];

/** A value under the active key as is; anything else (plaintext, an older key) opened and sealed again. */
function reseal(value: string, label: string, keyring: PiiKeyring): string {
  if (sealedKeyId(value) === keyring.active.id) return value;
  return sealPii(openPii(value, label, keyring), label, keyring);
}

type Options = Required<Omit<RotateOptions, "organizationId">> & RotateOptions;

async function rotateTable(keyring: PiiKeyring, { table, columns, where }: SealedTable, opts: Options) {
  // LIKE reads `_` as any character: escaped, so key "k_1" never passes for key "kx1".
  const active = `v1:${keyring.active.id.replace(/_/g, "\\_")}:%`;
  const stale = columns.map(({ column }) => `(c."${column}" IS NOT NULL AND c."${column}" NOT LIKE $1)`).join(" OR ");
  const progress: RotateProgress = { target: table, scanned: 0, rewritten: 0 };
  for (let after = "00000000-0000-0000-0000-000000000000"; ;) {
    const rows = await db.$queryRawUnsafe<Record<string, string | null>[]>(
      `SELECT c.id::text AS id, ${columns.map(({ column }) => `c."${column}"`).join(", ")}
       FROM "${table}" c WHERE c.id > $2::uuid AND ${where} AND (${stale}) AND ($4::text IS NULL OR c.organization_id = $4)
       ORDER BY c.id LIMIT $3`,
      active,
      after,
      opts.batchSize,
      opts.organizationId ?? null,
    );
    if (rows.length === 0) return progress;
    after = rows[rows.length - 1]!.id!;
    const updates = rows.map((row) => {
      const update: Record<string, string | null> = { id: row.id! };
      for (const { column, label } of columns) {
        const value = row[column] ?? null;
        update[`old_${column}`] = value;
        update[column] = value === null ? null : reseal(value, label, keyring);
      }
      return update;
    });
    const sets = columns.map(({ column }) => `"${column}" = v."${column}"`).join(", ");
    const unchanged = columns.map(({ column }) => `c."${column}" IS NOT DISTINCT FROM v."old_${column}"`).join(" AND ");
    const types = columns.map(({ column }) => `"${column}" text, "old_${column}" text`).join(", ");
    // Neither version nor updated_at moves: re-encrypting is not an edit.
    progress.rewritten += await db.$executeRawUnsafe(
      `UPDATE "${table}" c SET ${sets} FROM json_to_recordset($1::json) AS v(id uuid, ${types})
       WHERE c.id = v.id AND ${unchanged}`,
      JSON.stringify(updates),
    );
    progress.scanned += rows.length;
    opts.onProgress(progress);
  }
}

/** A snapshot with every encrypted field's value (a string, or a diff's `from`/`to`) under the active key. */
function resealJson(value: unknown, keyring: PiiKeyring): unknown {
  if (Array.isArray(value)) return value.map((item) => resealJson(item, keyring));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (!isEncryptedCustomerField(key)) return [key, resealJson(inner, keyring)];
      const label = encryptedCustomerFields[key];
      const each = (v: unknown) => (typeof v === "string" ? reseal(v, label, keyring) : v);
      if (inner !== null && typeof inner === "object" && "from" in inner && "to" in inner)
        return [key, { ...inner, from: each(inner.from), to: each(inner.to) }];
      return [key, each(inner)];
    }),
  );
}

/** Snapshot columns that may hold encrypted fields: table, key columns (with types), column, extra condition. */
const snapshots = [
  { table: "activity", keys: { id: "uuid" }, column: "changes", where: "" },
  // A merge's timeline entry keeps the merged rows in its body, as JSON text.
  { table: "activity", keys: { id: "uuid" }, column: "body", where: "AND t.action = 'merged'" },
  { table: "customer_merge", keys: { id: "uuid" }, column: "before", where: "" },
  { table: "import_row_result", keys: { import_id: "uuid", row_number: "int" }, column: "before", where: "" },
] as const;

const fieldPattern = `"(${Object.keys(encryptedCustomerFields).join("|")})"`;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function rotateSnapshot(
  keyring: PiiKeyring,
  { table, keys, column, where }: (typeof snapshots)[number],
  opts: Options,
) {
  const progress: RotateProgress = { target: `${table}.${column}`, scanned: 0, rewritten: 0 };
  const keyColumns = Object.entries(keys) as [string, string][];
  const keyList = keyColumns.map(([key]) => `t."${key}"`).join(", ");
  const keyOf = (source: string) => keyColumns.map(([, type], i) => `(${source}->>${i})::${type}`).join(", ");
  const orgOf =
    table === "import_row_result" ? "(SELECT organization_id FROM import WHERE id = t.import_id)" : "t.organization_id";
  const isJsonb = column !== "body";
  for (let after: unknown[] | null = null; ;) {
    const rows: { keys: unknown[]; value: string }[] = await db.$queryRawUnsafe(
      `SELECT json_build_array(${keyList}) AS keys, t."${column}"::text AS value FROM "${table}" t
       WHERE t."${column}"::text ~ $1 ${where}
         AND ($3::text IS NULL OR ${orgOf} = $3)
         AND ($4::json IS NULL OR (${keyList}) > (${keyOf("$4::json")}))
       ORDER BY ${keyList} LIMIT $2`,
      fieldPattern,
      opts.batchSize,
      opts.organizationId ?? null,
      after ? JSON.stringify(after) : null,
    );
    if (rows.length === 0) return progress;
    after = rows[rows.length - 1]!.keys;
    const updates = rows.flatMap((row) => {
      const parsed = parseJson(row.value);
      if (parsed === undefined) return [];
      const resealed = JSON.stringify(resealJson(parsed, keyring));
      return resealed === JSON.stringify(parsed) ? [] : [{ keys: row.keys, old: row.value, value: resealed }];
    });
    if (updates.length > 0) {
      const match = keyColumns.map(([key, type], i) => `t."${key}" = (v.keys->>${i})::${type}`).join(" AND ");
      progress.rewritten += await db.$executeRawUnsafe(
        `UPDATE "${table}" t SET "${column}" = v.value${isJsonb ? "::jsonb" : ""}
         FROM json_to_recordset($1::json) AS v(keys json, old text, value text)
         WHERE ${match} AND t."${column}"::text = v.old`,
        JSON.stringify(updates),
      );
    }
    progress.scanned += rows.length;
    opts.onProgress(progress);
  }
}

/** Runs the rotation to the end; returns each target's counts. Safe to run any number of times. */
/** Webhook signing secrets (lib/webhooks/secret.ts): few rows, re-sealed one by one, guarded by the value read. */
async function rotateWebhookSecrets(keyring: PiiKeyring, opts: Options): Promise<RotateProgress> {
  const label = WEBHOOK_SECRET_LABEL;
  const progress: RotateProgress = { target: label, scanned: 0, rewritten: 0 };
  const rows = await db.webhookEndpoint.findMany({
    where: opts.organizationId ? { organizationId: opts.organizationId } : {},
    select: { id: true, secret: true },
  });
  for (const row of rows) {
    progress.scanned++;
    const secret = reseal(row.secret, label, keyring);
    if (secret === row.secret) continue;
    const { count } = await db.webhookEndpoint.updateMany({
      where: { id: row.id, secret: row.secret },
      data: { secret },
    });
    progress.rewritten += count;
  }
  opts.onProgress(progress);
  return progress;
}

export async function rotatePii(options: RotateOptions = {}): Promise<RotateProgress[]> {
  const keyring = piiKeyring();
  const opts = { batchSize: 1000, onProgress: () => {}, ...options };
  const results: RotateProgress[] = [];
  for (const table of sealedTables) results.push(await rotateTable(keyring, table, opts));
  for (const snapshot of snapshots) results.push(await rotateSnapshot(keyring, snapshot, opts));
  results.push(await rotateWebhookSecrets(keyring, opts));
  return results;
}

import "server-only";
// Set-based SQL helpers for the import pipeline: time-ordered ids, multi-row writes through one JSON
// parameter (json_populate_recordset: no bind-parameter limit, one round trip per batch), savepoints.
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { timed } from "@/lib/imports/pipeline/timings";

/** A UUID version 7 (time-ordered, like the ids Prisma generates for the same tables). */
export function uuid7(): string {
  const bytes = randomBytes(16);
  let time = Date.now();
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time & 0xff;
    time = Math.floor(time / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const toColumn = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const recordsJson = (rows: Record<string, unknown>[], fields: string[]) =>
  JSON.stringify(rows.map((row) => Object.fromEntries(fields.map((f) => [toColumn(f), row[f] ?? null]))));

const fieldsOf = (rows: Record<string, unknown>[]) => [...new Set(rows.flatMap((row) => Object.keys(row)))];

/** INSERT of many rows (keys are Prisma field names); columns not given keep their defaults. */
export async function insertRows(tx: Tx, table: string, rows: Record<string, unknown>[], suffix = ""): Promise<void> {
  if (rows.length === 0) return;
  const fields = fieldsOf(rows);
  const columns = fields.map((f) => `"${toColumn(f)}"`).join(", ");
  const json = recordsJson(rows, fields);
  await timed(`insert ${table}`, () =>
    tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json) ${suffix}`,
      json,
    ),
  );
}

/**
 * UPDATE of many rows by id in one statement: each row's given fields, plus `extra` SET clauses
 * (e.g. the version bump). Returns each updated row's id and version.
 */
export async function updateRows(
  tx: Tx,
  table: string,
  orgId: string,
  rows: (Record<string, unknown> & { id: string })[],
  extra: string,
): Promise<{ id: string; version: number }[]> {
  if (rows.length === 0) return [];
  const fields = fieldsOf(rows).filter((f) => f !== "id");
  const sets = fields.map((f) => `"${toColumn(f)}" = r."${toColumn(f)}"`).join(", ");
  const json = recordsJson(rows, ["id", ...fields]);
  return timed(`update ${table}`, () =>
    tx.$queryRawUnsafe(
      `UPDATE "${table}" t SET ${sets}${sets && extra ? ", " : ""}${extra}
     FROM json_populate_recordset(NULL::"${table}", $1::json) r
     WHERE t.id = r.id AND t.organization_id = $2
     RETURNING t.id::text AS id, t.version`,
      json,
      orgId,
    ),
  );
}

let savepointSeq = 0;

/** Runs `work` inside a savepoint: on a unique violation it is rolled back and `null` returned. */
export async function withSavepoint<T>(tx: Tx, work: () => Promise<T>): Promise<T | null> {
  const name = `import_sp_${++savepointSeq}`;
  await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  try {
    const result = await work();
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
    return null;
  }
}

// Fast multi-row INSERT for bulk loads (benchmark seeding, later imports): the whole batch travels as
// one JSON parameter expanded by json_populate_recordset, so there is no bind-parameter limit and one
// round trip per batch. Keys are Prisma field names; columns are their snake_case names.
import { randomUUID } from "node:crypto";
import type { SqlExecutor } from "@/lib/db/sql";

const toColumn = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export async function bulkInsert(sql: SqlExecutor, table: string, rows: Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const withIds = rows.map((row) => ("id" in row ? row : { id: randomUUID(), ...row }));
  const fields = [...new Set(withIds.flatMap((row) => Object.keys(row)))];
  const columns = fields.map((f) => `"${toColumn(f)}"`).join(", ");
  const records = withIds.map((row) => Object.fromEntries(fields.map((f) => [toColumn(f), row[f] ?? null])));
  await sql.query(
    `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    [JSON.stringify(records)],
  );
  return rows.length;
}

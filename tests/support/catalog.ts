// A comparable description of a database schema: tables, columns, enums, indexes, constraints.
import type { SqlExecutor } from "@/lib/db/sql";

const stripSchema = (s: string) => s.replace(/\b(public|"public")\./g, "");

export async function catalogSnapshot(sql: SqlExecutor) {
  const tables = await sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const columns = await sql.query<Record<string, string | null>>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
            character_maximum_length::text AS max_length, datetime_precision::text AS dt_precision
     FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
     ORDER BY table_name, column_name`,
  );
  const enums = await sql.query<{ type: string; labels: string }>(
    `SELECT t.typname AS type, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
     JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = current_schema()
     GROUP BY t.typname ORDER BY 1`,
  );
  const indexes = await sql.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY indexname`,
  );
  const constraints = await sql.query<{ table: string; name: string; type: string; def: string }>(
    `SELECT c.relname AS table, con.conname AS name, con.contype::text AS type,
            pg_get_constraintdef(con.oid) AS def
     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
     WHERE c.relname <> '_prisma_migrations' ORDER BY 1, 2`,
  );
  const extensions = await sql.query<{ extname: string }>("SELECT extname FROM pg_extension ORDER BY 1");
  return {
    tables: tables.map((t) => t.table_name),
    columns: columns.map((c) => ({ ...c, column_default: c.column_default && stripSchema(c.column_default) })),
    enums,
    indexes: indexes.map((i) => ({ ...i, indexdef: stripSchema(i.indexdef) })),
    constraints: constraints.map((c) => ({ ...c, def: stripSchema(c.def) })),
    extensions: extensions.map((e) => e.extname),
  };
}

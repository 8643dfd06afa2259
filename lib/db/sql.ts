// A minimal SQL executor over either driver, for what Prisma cannot do: multi-statement
// migration scripts, advisory locks and catalog reads.
import pg from "pg";
import type { PGlite } from "@electric-sql/pglite";

export interface SqlExecutor {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function connectPg(connectionString: string): Promise<SqlExecutor> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
    close: () => client.end(),
  };
}

/** Wraps an open PGlite instance; closing leaves the instance open for Prisma. */
export function wrapPglite(pglite: PGlite): SqlExecutor {
  return {
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await pglite.query<T>(sql, params);
      return result.rows;
    },
    close: async () => {},
  };
}

// With TEST_DATABASE_URL: builds one migrated template database per run; every test file then
// gets its own copy (tests/support/setup-db.ts). Without it, files use in-memory PGlite instead.
import type { TestProject } from "vitest/node";
import { connectPg } from "@/lib/db/sql";
import { migrate } from "@/lib/db/migrate";
import { localTestDatabaseUrl, withDatabase } from "./test-db-url";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string | null;
  }
}

export default async function setup(project: TestProject) {
  const url = localTestDatabaseUrl();
  if (!url) {
    project.provide("templateDatabase", null);
    return;
  }
  const template = `chub_tpl_${process.pid}_${Date.now()}`;
  const admin = await connectPg(url.toString());
  await dropStale(admin);
  await admin.exec(`CREATE DATABASE "${template}"`);
  const sql = await connectPg(withDatabase(url, template));
  try {
    await migrate(sql);
  } finally {
    await sql.close();
  }
  project.provide("templateDatabase", template);

  return async () => {
    const dbs = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2",
      [`chub_t_${process.pid}_%`, template],
    );
    for (const { datname } of dbs) await admin.exec(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.close();
  };
}

/** Databases left by runs that were killed more than an hour ago. */
async function dropStale(admin: Awaited<ReturnType<typeof connectPg>>) {
  const cutoff = Date.now() - 3_600_000;
  const dbs = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname ~ '^chub_(tpl|t)_[0-9]+_[0-9]+'",
  );
  for (const { datname } of dbs) {
    const stamp = Number(datname.split("_")[3]);
    if (stamp < cutoff) await admin.exec(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

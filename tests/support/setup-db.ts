// Gives each test file its own database: a copy of the migrated template on the PostgreSQL
// server (TEST_DATABASE_URL), or a fresh in-memory PGlite with the migrations applied.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { disconnectDb, getDbHandle } from "@/lib/db/client";
import { connectPg, wrapPglite } from "@/lib/db/sql";
import { migrate } from "@/lib/db/migrate";
import { localTestDatabaseUrl, withDatabase } from "./test-db-url";

const template = inject("templateDatabase");
const serverUrl = localTestDatabaseUrl();
let fileDatabase: string | undefined;
// Component test files (jsdom) use no database, and PGlite cannot load its bundles in a DOM.
const needsDatabase = typeof window === "undefined";

if (needsDatabase && template && serverUrl) {
  fileDatabase = `chub_t_${process.pid}_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = await connectPg(serverUrl.toString());
  try {
    await createFromTemplate(admin, fileDatabase, template);
  } finally {
    await admin.close();
  }
  process.env.DATABASE_URL = withDatabase(serverUrl, fileDatabase);
  delete process.env.PGLITE_DIR;
} else if (needsDatabase) {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = `memory://${randomBytes(6).toString("hex")}`;
  const { pglite } = getDbHandle();
  if (!pglite) throw new Error("expected PGlite");
  await migrate(wrapPglite(pglite));
}

async function createFromTemplate(admin: Awaited<ReturnType<typeof connectPg>>, name: string, from: string) {
  // Two CREATE DATABASE … TEMPLATE at the same instant can collide; retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.exec(`CREATE DATABASE "${name}" TEMPLATE "${from}"`);
      return;
    } catch (error) {
      if (attempt >= 20 || !String(error).includes("being accessed by other users")) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

afterAll(async () => {
  await disconnectDb();
  if (fileDatabase && serverUrl) {
    const admin = await connectPg(serverUrl.toString());
    try {
      await admin.exec(`DROP DATABASE IF EXISTS "${fileDatabase}" WITH (FORCE)`);
    } finally {
      await admin.close();
    }
  }
});

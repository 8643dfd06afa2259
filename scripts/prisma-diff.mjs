// Prints the SQL that creates prisma/schema.prisma from an empty database, using Prisma 6.19's
// WASM schema engine (installed as `prisma-wasm`), which runs offline. Used to write new
// migrations and by the schema-drift test. prisma/schema.extra.sql is appended. Needs a reachable PostgreSQL (DIFF_DATABASE_URL,
// TEST_DATABASE_URL or DATABASE_URL; default postgresql://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, "..");
const connectionString =
  process.env.DIFF_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  "postgresql://postgres@127.0.0.1:5432/postgres";

const dir = mkdtempSync(join(tmpdir(), "prisma-diff-"));
try {
  // Prisma 6.19 requires a datasource url that Prisma 7 forbids: diff a patched copy.
  const schema = readFileSync(join(root, "prisma/schema.prisma"), "utf8").replace(
    /provider(\s*)= "postgresql"/,
    'provider$1= "postgresql"\n  url = env("DATABASE_URL")',
  );
  writeFileSync(join(dir, "schema.prisma"), schema);
  const adapterPath = require.resolve("@prisma/adapter-pg");
  writeFileSync(
    join(dir, "prisma.config.mjs"),
    `import { PrismaPg } from ${JSON.stringify(adapterPath)};
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(join(dir, "schema.prisma"))},
  adapter: async () => new PrismaPg({ connectionString: ${JSON.stringify(connectionString)} }),
};
`,
  );
  const cli = join(root, "node_modules/prisma-wasm/build/index.js");
  const result = spawnSync(
    process.execPath,
    [
      cli,
      "migrate",
      "diff",
      "--config",
      join(dir, "prisma.config.mjs"),
      "--from-empty",
      "--to-schema-datamodel",
      join(dir, "schema.prisma"),
      "--script",
    ],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: connectionString,
        PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stderr + result.stdout);
    process.exit(result.status ?? 1);
  }
  // What schema.prisma cannot say (partial indexes, check constraints) is declared beside it.
  const extra = readFileSync(join(root, "prisma/schema.extra.sql"), "utf8");
  process.stdout.write(`${result.stdout}\n${extra}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

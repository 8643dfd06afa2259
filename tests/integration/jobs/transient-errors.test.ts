// isTransientDbError on errors the configured database really raises (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): the SQLSTATEs a job retries through a model write, a raw query and a transaction,
// a refused connection, and on PostgreSQL a backend terminated mid-query and mid-transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { db } from "@/lib/db";
import { isTransientDbError } from "@/lib/db/errors";
import { connectPg } from "@/lib/db/sql";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { makeOrg } from "@/tests/factories";

let orgId: string;

beforeAll(async () => {
  orgId = (await makeOrg()).id;
  // A job whose kind is a SQLSTATE makes the database raise exactly that error on insert.
  await db.$executeRawUnsafe(
    `CREATE FUNCTION raise_kind() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN RAISE EXCEPTION 'injected %', NEW.kind USING ERRCODE = NEW.kind; END $$`,
  );
  await db.$executeRawUnsafe(
    `CREATE TRIGGER raise_kind BEFORE INSERT ON job FOR EACH ROW WHEN (NEW.kind ~ '^[0-9A-Z]{5}$') EXECUTE FUNCTION raise_kind()`,
  );
});

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

const raise = (sqlstate: string) => `DO $$ BEGIN RAISE EXCEPTION 'injected' USING ERRCODE = '${sqlstate}'; END $$`;
const modelWrite = (sqlstate: string) => db.job.create({ data: { organizationId: orgId, kind: sqlstate, params: {} } });

describe("errors the database raises", () => {
  it.each(["40001", "40P01", "55P03", "57P01", "08006"])(
    "%s is transient through a model write, a raw query and a transaction",
    async (sqlstate) => {
      expect(isTransientDbError(await errorOf(() => modelWrite(sqlstate)))).toBe(true);
      expect(isTransientDbError(await errorOf(() => db.$executeRawUnsafe(raise(sqlstate))))).toBe(true);
      expect(
        isTransientDbError(await errorOf(() => db.$transaction((tx) => tx.$executeRawUnsafe(raise(sqlstate))))),
      ).toBe(true);
    },
  );

  it("constraint violations and bad input are not", async () => {
    const org = await makeOrg();
    expect(
      isTransientDbError(
        await errorOf(() => db.organization.create({ data: { id: org.id, name: "x", slug: `dup-${org.id}` } })),
      ),
    ).toBe(false);
    expect(isTransientDbError(await errorOf(() => db.$queryRawUnsafe("SELECT $1::text", "a\u0000b")))).toBe(false);
    expect(isTransientDbError(await errorOf(() => modelWrite("23514")))).toBe(false);
  });

  it("a server that refuses connections is", async () => {
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none" }),
    });
    try {
      expect(isTransientDbError(await errorOf(() => unreachable.job.count()))).toBe(true);
      expect(isTransientDbError(await errorOf(() => unreachable.$queryRawUnsafe("SELECT 1")))).toBe(true);
      expect(isTransientDbError(await errorOf(() => unreachable.$transaction((tx) => tx.job.count())))).toBe(true);
    } finally {
      await unreachable.$disconnect();
    }
  });
});

// PGlite is one in-process connection with no server backend to terminate: this needs TEST_DATABASE_URL.
describe.runIf(process.env.TEST_DATABASE_URL)("a backend terminated by pg_terminate_backend (PostgreSQL)", () => {
  const killOthers = async () => {
    const admin = await connectPg(process.env.DATABASE_URL!);
    try {
      // This file has a database of its own: every other connection to it is this process's pool.
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
    } finally {
      await admin.close();
    }
  };

  it("mid-query and mid-transaction is transient", async () => {
    const query = errorOf(() => db.$queryRawUnsafe("SELECT pg_sleep(5)"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await killOthers();
    expect(isTransientDbError(await query)).toBe(true);

    const inTransaction = await errorOf(() =>
      db.$transaction(async (tx) => {
        await tx.job.count();
        await killOthers();
        await tx.job.count();
      }),
    );
    expect(isTransientDbError(inTransaction)).toBe(true);
    expect(await db.job.count({ where: { organizationId: orgId } })).toBe(0);
  });
});

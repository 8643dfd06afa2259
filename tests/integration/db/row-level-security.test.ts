// Row-level security (migration 20261208200000): organization-scoped work sees only its own
// organization even when a query forgets the organization filter, on this run's database (PostgreSQL
// with TEST_DATABASE_URL, else PGlite) and on an embedded PGlite of its own.
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/lib/db/pglite-extensions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { APP_ROLE, currentTenant, runAsSystem, runInOrganization } from "@/lib/db/tenant-scope";
import { migrate } from "@/lib/db/migrate";
import { wrapPglite } from "@/lib/db/sql";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { TenantPool } from "@/lib/db/tenant-pool";
import { ctxFor, makeCustomer, makeOrg, makeUser, uniq } from "../../factories";

let orgA: string;
let orgB: string;
let customerA: string;
let customerB: string;

beforeAll(async () => {
  orgA = (await makeOrg()).id;
  orgB = (await makeOrg()).id;
  const userA = await makeUser(orgA, "admin");
  const userB = await makeUser(orgB, "admin");
  customerA = (await makeCustomer(ctxFor(orgA, userA.id, "admin"), { name: uniq("Alpha ") })).id;
  customerB = (await makeCustomer(ctxFor(orgB, userB.id, "admin"), { name: uniq("Bravo ") })).id;
});

describe("a query that forgets its organization filter", () => {
  it("still returns only the acting organization's rows (Prisma)", async () => {
    const ids = await runInOrganization(orgA, () =>
      db.customer.findMany({ where: { id: { in: [customerA, customerB] } }, select: { id: true } }),
    );
    expect(ids.map((c) => c.id)).toEqual([customerA]);
    // Reading another organization's row by id finds nothing.
    expect(await runInOrganization(orgA, () => db.customer.findUnique({ where: { id: customerB } }))).toBeNull();
  });

  it("still returns only the acting organization's rows (raw SQL, joins, counts)", async () => {
    const rows = await runInOrganization(
      orgA,
      () =>
        db.$queryRaw<{ id: string; n: bigint }[]>`
        SELECT c.id, (SELECT count(*) FROM activity a WHERE a.customer_id = c.id) AS n FROM customer c`,
    );
    expect(rows.map((r) => r.id)).toEqual([customerA]);
    const counts = await runInOrganization(orgB, () => db.customer.count());
    expect(counts).toBe(1);
  });

  it("cannot write into another organization, nor move a row there", async () => {
    await expect(
      runInOrganization(orgA, () =>
        db.customer.create({ data: { organizationId: orgB, name: "Planted", searchText: "planted" } }),
      ),
    ).rejects.toThrow(/row-level security/);
    // An update of another organization's row matches nothing.
    const updated = await runInOrganization(orgA, () =>
      db.customer.updateMany({ where: { id: customerB }, data: { name: "Hijacked" } }),
    );
    expect(updated.count).toBe(0);
    await expect(
      runInOrganization(orgA, () => db.customer.update({ where: { id: customerA }, data: { organizationId: orgB } })),
    ).rejects.toThrow(/row-level security/);
    expect((await db.customer.findUniqueOrThrow({ where: { id: customerB } })).name).not.toBe("Hijacked");
  });

  it("applies inside interactive transactions, which run as the application role", async () => {
    const seen = await runInOrganization(orgB, () =>
      db.$transaction(async (tx) => {
        const [who] = await tx.$queryRaw<{ role: string; org: string }[]>`
          SELECT current_user AS role, current_setting('app.organization_id', true) AS org`;
        const ids = await tx.customer.findMany({ select: { id: true } });
        return { who, ids: ids.map((c) => c.id) };
      }),
    );
    expect(seen.who).toEqual({ role: APP_ROLE, org: orgB });
    expect(seen.ids).toEqual([customerB]);
  });

  it("filters child tables through their parent (imports' staged rows)", async () => {
    const policies = await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_policies WHERE policyname = 'tenant_isolation' AND tablename = 'import_staged_row'`;
    expect(policies).toHaveLength(1);
  });

  it("does not outlive the transaction: system work afterwards sees every organization", async () => {
    await runInOrganization(orgA, () => db.customer.count());
    const both = await db.customer.count({ where: { id: { in: [customerA, customerB] } } });
    expect(both).toBe(2);
    const [who] = await db.$queryRaw<{ role: string; org: string | null }[]>`
      SELECT current_user AS role, nullif(current_setting('app.organization_id', true), '') AS org`;
    expect(who!.role).not.toBe(APP_ROLE);
    expect(who!.org).toBeNull();
  });

  it("keeps concurrent requests of two organizations apart (no cross-request batching)", async () => {
    const [a, b] = await Promise.all([
      runInOrganization(orgA, () => db.customer.findUnique({ where: { id: customerA }, select: { id: true } })),
      runInOrganization(orgB, () => db.customer.findUnique({ where: { id: customerB }, select: { id: true } })),
    ]);
    expect(a?.id).toBe(customerA);
    expect(b?.id).toBe(customerB);
  });

  it("lets the data layer's own reads work unchanged in scope", async () => {
    const admin = ctxFor(orgA, null, "admin");
    const result = await runInOrganization(orgA, () => listCustomers(admin, parseCustomerListParams({})));
    expect(result.rows.map((r) => r.id)).toEqual([customerA]);
  });
});

// On PostgreSQL the pool sets the role and organization per checkout, as session settings a connection
// keeps between checkouts (lib/db/tenant-pool.ts): a connection must never carry one scope into another's work.
describe.runIf(process.env.DATABASE_URL)("a pooled PostgreSQL connection", () => {
  const whoAmI = "SELECT current_user AS role, nullif(current_setting('app.organization_id', true), '') AS org";
  type Who = { role: string; org: string | null };

  it("is switched at every checkout: organization, another organization, system, and back", async () => {
    const pool = new TenantPool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      const who = async () => (await pool.query<Who>(whoAmI)).rows[0]!;
      const owner = (await who()).role;
      expect(owner).not.toBe(APP_ROLE);
      expect(await runInOrganization(orgA, who)).toEqual({ role: APP_ROLE, org: orgA });
      expect(await runInOrganization(orgB, who)).toEqual({ role: APP_ROLE, org: orgB });
      expect(await who()).toEqual({ role: owner, org: null });
      // A transaction's checkout too, and a failed statement does not leave the connection in scope.
      await expect(
        runInOrganization(orgA, async () => {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            expect((await client.query<Who>(whoAmI)).rows[0]).toEqual({ role: APP_ROLE, org: orgA });
            await client.query("SELECT 1/0");
          } finally {
            await client.query("ROLLBACK");
            client.release();
          }
        }),
      ).rejects.toThrow(/division by zero/);
      expect(await who()).toEqual({ role: owner, org: null });
      expect(pool.totalCount).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it("keeps 200 interleaved checkouts of two organizations and system work apart on 3 connections", async () => {
    const pool = new TenantPool({ connectionString: process.env.DATABASE_URL, max: 3 });
    try {
      const scopes = Array.from({ length: 200 }, (_, i) => [orgA, orgB, null][i % 3]!);
      const seen = await Promise.all(
        scopes.map((org) => {
          const read = async () =>
            (
              await pool.query<{ org: string | null; n: number }>(
                `SELECT nullif(current_setting('app.organization_id', true), '') AS org,
                        (SELECT count(*)::int FROM customer WHERE id = ANY($1::uuid[])) AS n`,
                [[customerA, customerB]],
              )
            ).rows[0]!;
          return org === null ? read() : runInOrganization(org, read);
        }),
      );
      expect(seen).toEqual(scopes.map((org) => ({ org, n: org === null ? 2 : 1 })));
    } finally {
      await pool.end();
    }
  });

  it("refuses a connection returned inside a transaction, and drops it", async () => {
    const pool = new TenantPool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      const client = await pool.connect();
      await client.query("BEGIN");
      client.release();
      await expect(runInOrganization(orgA, () => pool.query("SELECT 1"))).rejects.toThrow(/inside a transaction/);
      expect((await runInOrganization(orgA, () => pool.query<Who>(whoAmI))).rows[0]).toEqual({
        role: APP_ROLE,
        org: orgA,
      });
    } finally {
      await pool.end();
    }
  });
});

describe("tenant scope", () => {
  it("is explicit and nests: system inside an organization, and back", async () => {
    expect(currentTenant()).toBeNull();
    await runInOrganization(orgA, async () => {
      expect(currentTenant()).toBe(orgA);
      await runAsSystem(async () => expect(currentTenant()).toBeNull());
      expect(currentTenant()).toBe(orgA);
    });
    expect(() => runInOrganization("x'; DROP TABLE customer; --", () => 1)).toThrow(/Invalid organization id/);
  });
});

describe("every tenant table", () => {
  it("has row-level security with the tenant policy", async () => {
    const missing = await db.$queryRaw<{ table: string }[]>`
      SELECT c.relname AS table FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      WHERE c.relkind = 'r'
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped)
        AND (NOT c.relrowsecurity OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))`;
    expect(missing).toEqual([]);
  });

  it("is not owned by the application role, which cannot bypass RLS", async () => {
    const [role] = await db.$queryRaw<{ bypass: boolean; owns: bigint }[]>`
      SELECT r.rolbypassrls AS bypass, (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owns
      FROM pg_roles r WHERE r.rolname = ${APP_ROLE}`;
    expect(role).toEqual({ bypass: false, owns: 0n });
  });
});

describe("on an embedded PGlite database", () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = new PGlite("memory://", { extensions: pgliteExtensions });
    await migrate(wrapPglite(pglite));
    await pglite.exec(`
      INSERT INTO organization (id, name, slug, "createdAt") VALUES ('org-a', 'A', 'a', now()), ('org-b', 'B', 'b', now());
      INSERT INTO customer (id, organization_id, name) VALUES
        ('01900000-0000-7000-8000-00000000000a', 'org-a', 'Alpha'),
        ('01900000-0000-7000-8000-00000000000b', 'org-b', 'Bravo');`);
  }, 60_000);
  afterAll(async () => {
    await pglite.close();
  });

  it("returns nothing of another organization to a query without an organization filter", async () => {
    const names = await pglite.transaction(async (tx) => {
      await tx.query(
        `SELECT set_config('role', '${APP_ROLE}', true), set_config('app.organization_id', 'org-a', true)`,
      );
      return (await tx.query<{ name: string }>("SELECT name FROM customer ORDER BY name")).rows.map((r) => r.name);
    });
    expect(names).toEqual(["Alpha"]);
    const all = await pglite.query<{ n: number }>("SELECT count(*)::int AS n FROM customer");
    expect(all.rows[0]!.n).toBe(2);
  });
});

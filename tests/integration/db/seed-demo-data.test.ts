// The demo data demos: two organizations seeded at the same moment hold the same rows (ids aside),
// work orders come in every status, customers have contacts and a timeline spread over months (so
// "Last activity" is set, by the activity trigger, for every customer), and the import history shows
// a finished, a partly failed and an undone import.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedOrganization } from "@/lib/db/seed";
import { getImport } from "@/lib/imports/queries";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";

const now = new Date("2026-11-20T15:30:00Z");
const DAY = 86_400_000;

async function seedCopy(customers: number) {
  const run = randomUUID().slice(0, 8);
  const person = (role: string) => ({ email: `${role}-${run}@seed.test`, password: `${role}-${run}-pw`, name: role });
  const started = performance.now();
  const seeded = await db.$transaction(
    (tx) =>
      seedOrganization(tx, {
        name: `Seed ${run}`,
        slug: `seed-${run}`,
        owner: person("owner"),
        staff: person("staff"),
        customers,
        now,
      }),
    { timeout: 120_000 },
  );
  return { ...seeded, ms: performance.now() - started };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Everything seeded for the organization, each id replaced by what it points at (a role, an account number …). */
async function snapshot(orgId: string) {
  const where = { organizationId: orgId };
  const [members, customers, centers, assets, tiers] = await Promise.all([
    db.member.findMany({ where, select: { userId: true, role: true } }),
    db.customer.findMany({ where, orderBy: { accountNumber: "asc" } }),
    db.serviceCenter.findMany({ where, orderBy: { code: "asc" } }),
    db.asset.findMany({ where, orderBy: [{ registration: "asc" }, { vin: "asc" }] }),
    db.customerTier.findMany({ where, orderBy: { level: "asc" } }),
  ]);
  const names = new Map<string, string>([
    ...members.map((m) => [m.userId, m.role] as const),
    ...customers.map((c) => [c.id, c.accountNumber!] as const),
    ...centers.map((c) => [c.id, c.code] as const),
    ...assets.map((a) => [a.id, a.registration ?? a.vin!] as const),
    ...tiers.map((t) => [t.id, t.name] as const),
  ]);
  const rows = {
    customers,
    centers,
    assets,
    tiers,
    links: await db.assetCustomer.findMany({ where }),
    contacts: await db.contact.findMany({ where, orderBy: { email: "asc" } }),
    activities: await db.activity.findMany({ where }),
    workOrders: await db.workOrder.findMany({ where, orderBy: { number: "asc" } }),
    imports: await db.customerImport.findMany({ where, orderBy: { createdAt: "asc" } }),
  };
  const named = JSON.stringify(rows).replace(UUID, (id) => names.get(id) ?? "<id>");
  const parsed = JSON.parse(named) as Record<string, unknown[]>;
  // Rows inserted in one statement have no order of their own.
  for (const key of ["links", "activities"]) parsed[key] = sortedBy(parsed[key]!);
  return parsed;
}

function sortedBy<T>(rows: T[]): T[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe("demo seed data", () => {
  it("is deterministic: the same moment gives the same rows, ids aside", { timeout: 120_000 }, async () => {
    const [a, b] = [await seedCopy(40), await seedCopy(40)];
    const [first, second] = [await snapshot(a.orgId), await snapshot(b.orgId)];
    expect(first.customers).toHaveLength(40);
    expect(first.contacts!.length).toBeGreaterThan(20);
    expect(second).toEqual(first);
  });

  it(
    "has contacts, a timeline over months, every work-order status and an import history",
    { timeout: 60_000 },
    async () => {
      const seeded = await seedCopy(120);
      console.info(`[seed test] 120 customers seeded in ${Math.round(seeded.ms)} ms`);
      const where = { organizationId: seeded.orgId };

      const statuses = await db.workOrder.groupBy({ by: ["status"], where, _count: true });
      expect(statuses.map((s) => s.status).sort()).toEqual(
        ["completed", "created", "in_progress", "in_review", "open", "pending", "scheduled", "tracking", "void"].sort(),
      );

      const customers = await db.customer.findMany({
        where,
        select: { id: true, kind: true, lastActivityAt: true, tierId: true, ownerId: true, tags: true },
      });
      // The trigger on activity set every customer's last activity to its newest entry.
      const newest = await db.activity.groupBy({ by: ["customerId"], where, _max: { createdAt: true } });
      const newestOf = new Map(newest.map((row) => [row.customerId, row._max.createdAt]));
      for (const customer of customers) expect(customer.lastActivityAt).toEqual(newestOf.get(customer.id));
      const daysAgo = customers.map((c) => Math.floor((now.getTime() - c.lastActivityAt!.getTime()) / DAY));
      expect(daysAgo.every((days) => days >= 0)).toBe(true);
      expect(daysAgo.filter((days) => days <= 7).length).toBeGreaterThan(5);
      expect(daysAgo.filter((days) => days > 60).length).toBeGreaterThan(5);
      const manual = await db.activity.findMany({
        where: { ...where, type: { not: "change" } },
        select: { createdAt: true },
      });
      const months = new Set(manual.map((a) => a.createdAt.toISOString().slice(0, 7)));
      expect(months.size).toBeGreaterThanOrEqual(6);

      // Contacts for every company, one primary each; owners, tiers and tags set.
      const contacts = await db.contact.findMany({ where, select: { customerId: true, isPrimary: true } });
      for (const company of customers.filter((c) => c.kind === "company")) {
        expect(contacts.filter((c) => c.customerId === company.id && c.isPrimary)).toHaveLength(1);
      }
      expect(new Set(customers.map((c) => c.ownerId)).size).toBe(2);
      expect(customers.filter((c) => c.tierId).length).toBeGreaterThan(40);
      expect(customers.every((c) => c.tags.length > 0)).toBe(true);

      // The list shows it: even the least recently active customers have a date, not "Never".
      const ctx = { orgId: seeded.orgId, userId: seeded.ownerId, role: "owner" as const, actor: "user" as const };
      const list = await listCustomers(ctx, parseCustomerListParams({ sort: "lastActivity" }));
      expect(list.rows.length).toBeGreaterThanOrEqual(10);
      expect(list.rows.every((row) => row.lastActivityAt !== null)).toBe(true);

      const imports = await db.customerImport.findMany({ where, orderBy: { createdAt: "asc" }, select: { id: true } });
      const shown = await Promise.all(imports.map((row) => getImport(ctx, row.id)));
      expect(shown.map((i) => [i.status, i.failed > 0])).toEqual([
        ["completed", false],
        ["completed", true],
        ["undone", false],
      ]);
      expect(shown[0]!.created).toBe(await db.importRowResult.count({ where: { importId: imports[0]!.id } }));
    },
  );
});

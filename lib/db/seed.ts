// Demo data: the "Skyline Aviation Services" organization, an admin (owner) and a staff user,
// ~200 realistic customers with contacts, timelines and an import history (lib/db/seed-customers.ts),
// a fleet of aircraft and vehicles with their customers and work orders in every status
// (lib/db/seed-fleet.ts), and an organization API key (SEED_API_KEY, or a random one, printed).
// Deterministic apart from ids and secrets: the same `now` gives the same rows.
import { randomUUID } from "node:crypto";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import { createUserWithPassword, type NewUserWithPassword } from "@/lib/auth/credentials";
import { demoAdmin, demoStaff } from "@/lib/auth/demo-credentials";
import { db, type Tx } from "@/lib/db";
import { DUPLICATE_SCAN_JOB, scanStepLabels } from "@/lib/duplicate-pairs/schemas";
import { enqueueJob } from "@/lib/jobs";
import { seedCustomers } from "@/lib/db/seed-customers";
import { seedFleet } from "@/lib/db/seed-fleet";

export const DEMO_ORG_SLUG = "skyline-aviation";
const DEMO_CUSTOMER_COUNT = 200;

/** An organization with the demo data set: an owner and a staff user, customers, tiers, a fleet and an API key. */
export interface OrganizationSeed {
  name: string;
  slug: string;
  owner: NewUserWithPassword;
  staff: NewUserWithPassword;
  /** The API key's secret (random when absent). */
  apiKey?: string;
  customers?: number;
  /** The moment every seeded date is relative to (default: now). */
  now?: Date;
}

/** Seeds one organization inside `tx` (the demo, or one of its copies for an e2e spec); returns its ids and key. */
export async function seedOrganization(tx: Tx, seed: OrganizationSeed) {
  const org = await tx.organization.create({
    data: { id: randomUUID(), name: seed.name, slug: seed.slug, defaultCountry: "US", defaultCurrency: "USD" },
  });
  const admin = await createUserWithPassword(tx, seed.owner);
  const staff = await createUserWithPassword(tx, seed.staff);
  await tx.member.createMany({
    data: [
      { id: randomUUID(), organizationId: org.id, userId: admin.id, role: "owner" },
      { id: randomUUID(), organizationId: org.id, userId: staff.id, role: "staff" },
    ],
  });
  const now = seed.now ?? new Date();
  const seeded = await seedCustomers(
    tx,
    org.id,
    { ownerId: admin.id, staffId: staff.id },
    seed.customers ?? DEMO_CUSTOMER_COUNT,
    now,
  );
  const fleet = await seedFleet(tx, org.id, admin.id, [staff.id, admin.id], now);
  // The seeded duplicates show on the Possible duplicates page once the worker ran this scan.
  await enqueueJob(
    { orgId: org.id, userId: admin.id, role: "owner", actor: "user" },
    { kind: DUPLICATE_SCAN_JOB, params: {}, total: scanStepLabels.length },
    { tx },
  );
  const apiKey = await createApiKeyWithSecret(tx, {
    orgId: org.id,
    name: "Demo ERP integration",
    role: "admin",
    createdById: admin.id,
    secret: seed.apiKey,
  });
  return { orgId: org.id, ownerId: admin.id, apiKey: apiKey.key, ...seeded, fleet };
}

export async function seedDemo(): Promise<{ created: boolean; apiKey?: string }> {
  const existing = await db.organization.findUnique({ where: { slug: DEMO_ORG_SLUG }, select: { id: true } });
  if (existing) {
    console.info("[seed] demo organization already exists; nothing to do.");
    return { created: false };
  }
  const result = await db.$transaction(
    (tx) =>
      seedOrganization(tx, {
        name: "Skyline Aviation Services",
        slug: DEMO_ORG_SLUG,
        owner: demoAdmin,
        staff: demoStaff,
        apiKey: process.env.SEED_API_KEY || undefined,
      }),
    { timeout: 60_000 },
  );
  console.info(
    [
      `[seed] created "Skyline Aviation Services" with ${result.customers} customers (${result.contacts} contacts, ` +
        `${result.activities} timeline entries, ${result.imports} imports), ${result.fleet.aircraft} aircraft, ` +
        `${result.fleet.vehicles} vehicles (${result.fleet.links} customer links) and ${result.fleet.workOrders} work orders.`,
      `[seed] sign in as ${demoAdmin.email} / ${demoAdmin.password} (owner) or ${demoStaff.email} / ${demoStaff.password} (staff).`,
      `[seed] API key (shown once): ${result.apiKey}`,
    ].join("\n"),
  );
  return { created: true, apiKey: result.apiKey };
}

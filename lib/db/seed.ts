// Demo data: the "Skyline Aviation Services" organization, an admin (owner) and a staff user,
// ~200 realistic customers, a fleet of aircraft and vehicles with their customers and work orders
// (lib/db/seed-fleet.ts), and an organization API key (SEED_API_KEY, or a random one, printed).
import { randomUUID } from "node:crypto";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import { createUserWithPassword, type NewUserWithPassword } from "@/lib/auth/credentials";
import { demoAdmin, demoStaff } from "@/lib/auth/demo-credentials";
import { customerRowsForInsert } from "@/lib/customers/rows";
import { db, type Tx } from "@/lib/db";
import { generateCustomers } from "@/lib/db/demo-data";
import { seedFleet } from "@/lib/db/seed-fleet";

export const DEMO_ORG_SLUG = "skyline-aviation";
const DEMO_CUSTOMER_COUNT = 200;
const DEMO_TIERS = [
  {
    name: "Platinum",
    level: 1,
    discountPercent: "15.00",
    color: "#475569",
    benefits: "Priority hangar slots, dedicated account manager",
  },
  { name: "Gold", level: 2, discountPercent: "10.00", color: "#ca8a04", benefits: "Priority scheduling" },
  { name: "Silver", level: 3, discountPercent: "5.00", color: "#94a3b8", benefits: null },
];

/** An organization with the demo data set: an owner and a staff user, customers, tiers, a fleet and an API key. */
export interface OrganizationSeed {
  name: string;
  slug: string;
  owner: NewUserWithPassword;
  staff: NewUserWithPassword;
  /** The API key's secret (random when absent). */
  apiKey?: string;
  customers?: number;
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
  const rows = customerRowsForInsert(org.id, generateCustomers(seed.customers ?? DEMO_CUSTOMER_COUNT), admin.id);
  const tierIds = await Promise.all(
    DEMO_TIERS.map(async (tier) => (await tx.customerTier.create({ data: { ...tier, organizationId: org.id } })).id),
  );
  const now = Date.now();
  await tx.customer.createMany({
    // Spread creation over the last two years so "newest" sorts and dates look lived-in.
    data: rows.map((row, i) => {
      const createdAt = new Date(now - (rows.length - i) * 3.6 * 86_400_000);
      // Most customers are the owner's, every fifth the staff user's; about half have a tier.
      const ownerId = i % 5 === 4 ? staff.id : admin.id;
      return { ...row, ownerId, tierId: tierIds[i % 6] ?? null, createdAt, updatedAt: createdAt };
    }),
  });
  const fleet = await seedFleet(tx, org.id, admin.id, [staff.id, admin.id]);
  const apiKey = await createApiKeyWithSecret(tx, {
    orgId: org.id,
    name: "Demo ERP integration",
    role: "admin",
    createdById: admin.id,
    secret: seed.apiKey,
  });
  return { orgId: org.id, ownerId: admin.id, apiKey: apiKey.key, customers: rows.length, fleet };
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
      `[seed] created "Skyline Aviation Services" with ${result.customers} customers, ${result.fleet.aircraft} aircraft, ` +
        `${result.fleet.vehicles} vehicles (${result.fleet.links} customer links) and ${result.fleet.workOrders} work orders.`,
      `[seed] sign in as ${demoAdmin.email} / ${demoAdmin.password} (owner) or ${demoStaff.email} / ${demoStaff.password} (staff).`,
      `[seed] API key (shown once): ${result.apiKey}`,
    ].join("\n"),
  );
  return { created: true, apiKey: result.apiKey };
}

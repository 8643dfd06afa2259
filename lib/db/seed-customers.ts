// Seeds an organization's tiers, customers (owners, tiers, tags), their contacts and timelines, and
// an import history, set-based (one INSERT per table), with dates relative to `now`.
import { customerRowsForInsert } from "@/lib/customers/rows";
import { customerSearchText } from "@/lib/customers/search-text";
import type { Tx } from "@/lib/db";
import { generateCustomers } from "@/lib/db/demo-data";
import { withDemoDuplicates } from "@/lib/db/demo-duplicates";
import { generateActivities, generateContacts } from "@/lib/db/demo-timeline";
import { seedImports } from "@/lib/db/seed-imports";

const DAY = 86_400_000;
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

interface People {
  ownerId: string;
  staffId: string;
}

export async function seedCustomers(tx: Tx, orgId: string, people: People, count: number, now: Date) {
  const { ownerId, staffId } = people;
  const demo = withDemoDuplicates(generateCustomers(count));
  const rows = customerRowsForInsert(orgId, demo, ownerId);
  const contacts = generateContacts(demo);
  const opened = new Date(now.getTime() - 2 * 365 * DAY);
  const tiers = await tx.customerTier.createManyAndReturn({
    data: DEMO_TIERS.map((tier) => ({ ...tier, organizationId: orgId, createdAt: opened, updatedAt: opened })),
    select: { id: true, level: true },
  });
  const tierIds = DEMO_TIERS.map((tier) => tiers.find((row) => row.level === tier.level)!.id);
  // Spread creation over the last two years so "newest" sorts and dates look lived-in.
  const createdAt = rows.map((_, i) => new Date(now.getTime() - (rows.length - i) * 3.6 * DAY));
  const contactsOf = new Map<number, typeof contacts>();
  for (const contact of contacts)
    contactsOf.set(contact.customer, [...(contactsOf.get(contact.customer) ?? []), contact]);

  const customers = await tx.customer.createManyAndReturn({
    data: rows.map((row, i) => ({
      ...row,
      // Most customers are the owner's, every fifth the staff user's; about half have a tier.
      ownerId: i % 5 === 4 ? staffId : ownerId,
      tierId: tierIds[i % 6] ?? null,
      // Customer search also finds a customer by its contacts' names, emails and phones.
      searchText: customerSearchText(row, contactsOf.get(i) ?? []),
      createdAt: createdAt[i],
      updatedAt: createdAt[i],
    })),
    select: { id: true, accountNumber: true },
  });
  // createManyAndReturn keeps no order: account numbers tie rows back to the generated customers.
  const idOf = new Map(customers.map((customer) => [customer.accountNumber, customer.id]));
  const customerIds = rows.map((row) => idOf.get(row.accountNumber ?? "")!);

  await tx.contact.createMany({
    data: contacts.map(({ customer, ...contact }) => ({
      ...contact,
      organizationId: orgId,
      customerId: customerIds[customer]!,
      createdById: ownerId,
      updatedById: ownerId,
      createdAt: createdAt[customer],
      updatedAt: createdAt[customer],
    })),
  });
  const activities = generateActivities(createdAt, now);
  // The activity trigger moves each customer's last_activity_at to its newest entry.
  await tx.activity.createMany({
    data: activities.map(({ customer, at, byStaff, ...entry }) => ({
      ...entry,
      organizationId: orgId,
      customerId: customerIds[customer]!,
      entityType: "customer" as const,
      entityId: customerIds[customer]!,
      actorId: byStaff ? staffId : ownerId,
      occurredAt: at,
      createdAt: at,
    })),
  });
  const imports = await seedImports(tx, orgId, ownerId, demo, customerIds, now);
  return { customers: customers.length, contacts: contacts.length, activities: activities.length, imports };
}

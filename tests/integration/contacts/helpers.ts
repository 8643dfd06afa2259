// Contact assertions: a customer's primary contacts and contact activity, straight from the tables.
import { db } from "@/lib/db";

/** Ids of the customer's live primary contacts, straight from the table. */
export async function primaryIds(customerId: string): Promise<string[]> {
  const rows = await db.contact.findMany({
    where: { customerId, isPrimary: true, deletedAt: null },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** The customer's contact activity entries, oldest first. */
export function contactActivity(customerId: string) {
  return db.activity.findMany({
    where: { customerId, entityType: "contact" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { entityId: true, action: true, summary: true, changes: true, actorId: true },
  });
}

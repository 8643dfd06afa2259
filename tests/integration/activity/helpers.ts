// Shared setup for the activity tests: reads a customer's raw timeline rows, newest first.
import { db } from "@/lib/db";

export function timelineOf(customerId: string) {
  return db.activity.findMany({
    where: { customerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/** The timeline's recorded actions, oldest first, for compact assertions. */
export async function actionsOf(customerId: string) {
  const rows = await timelineOf(customerId);
  return rows.reverse().map((row) => `${row.entityType}:${row.action}`);
}

// What a merge moves, in words, for the merge page's summary and its confirmation (no server imports).
import type { MergePlan } from "@/lib/customers/merge/plan";

const conjunction = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

function counted(count: number, one: string, many: string): string | null {
  return count > 0 ? `${count} ${count === 1 ? one : many}` : null;
}

/** "5 contacts, 2 aircraft, 1 vehicle, 3 work orders and 12 timeline entries", or null when nothing moves. */
export function describeMoves(plan: MergePlan, assets: { aircraft: number; vehicles: number }): string | null {
  const { moves } = plan;
  const parts = [
    counted(moves.contacts.rows.length, "contact", "contacts"),
    counted(assets.aircraft, "aircraft", "aircraft"),
    counted(assets.vehicles, "vehicle", "vehicles"),
    counted(moves.workOrders.rows.length, "work order", "work orders"),
    counted(moves.activities.rows.length, "timeline entry", "timeline entries"),
    counted(moves.ownershipTransfers.rows.length, "ownership change", "ownership changes"),
    counted(moves.importRowResults.rows.length, "import result", "import results"),
    counted(moves.savedViews.ids.length, "saved view", "saved views"),
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? conjunction.format(parts) : null;
}

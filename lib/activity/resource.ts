// A timeline entry as integrators see it: the staff-only internal notes are left out of recorded
// diffs unless `?include=internalNotes` asks for them, as on the customer itself.
import type { ActivityItem } from "@/lib/activity/queries";

export function toActivityResource(item: ActivityItem, opts: { internalNotes?: boolean } = {}): ActivityItem {
  if (opts.internalNotes || !item.changes || !("internalNotes" in item.changes)) return item;
  const { internalNotes: _hidden, ...changes } = item.changes;
  return { ...item, changes };
}

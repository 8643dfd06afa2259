// The work order resource as integrators see it: no internal search data or tenant id, and the due
// date as the calendar date it is (`2026-03-15`), not a midnight timestamp.
import { toDateText } from "@/lib/format";

type Stored = { dueDate: Date | null; organizationId?: string; searchText?: string };

export type WorkOrderResource<T extends Stored> = Omit<T, "searchText" | "organizationId" | "dueDate"> & {
  dueDate: string | null;
};

export function toWorkOrderResource<T extends Stored>(workOrder: T): WorkOrderResource<T> {
  const { searchText: _searchText, organizationId: _organizationId, dueDate, ...resource } = workOrder;
  return { ...resource, dueDate: toDateText(dueDate) };
}

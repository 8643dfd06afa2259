// When a work order is overdue: its due date is before today in the organization's time zone and it is still
// open (not completed or void). The lists, the work order's page and any count of overdue work use this rule.
import { toDateText } from "@/lib/format";
import { isTerminalStatus, type WorkOrderStatus } from "@/lib/work-orders/options";

/** `today` is the organization's calendar day (`YYYY-MM-DD`, see getOrgToday). */
export function isWorkOrderOverdue(
  workOrder: { status: WorkOrderStatus; dueDate: Date | null },
  today: string,
): boolean {
  if (!workOrder.dueDate || isTerminalStatus(workOrder.status)) return false;
  // A due date is a calendar day stored at UTC midnight: its text is the day itself.
  return toDateText(workOrder.dueDate) < today;
}

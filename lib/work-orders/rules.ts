// Who may change a work order: one predicate for its page and its edit page (updateWorkOrder enforces
// the same halves, FORBIDDEN for the role and CONFLICT once completed or void).
import { can, type Role } from "@/lib/auth/permissions";
import { isTerminalStatus, type WorkOrderStatus } from "@/lib/work-orders/options";

/** Completed and void work orders are final; viewers cannot change any. */
export function mayChangeWorkOrder(role: Role, workOrder: { status: WorkOrderStatus }): boolean {
  return can(role, "workOrder:update") && !isTerminalStatus(workOrder.status);
}

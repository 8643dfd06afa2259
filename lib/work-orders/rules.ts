// Who may change a work order (its page and edit page; updateWorkOrder enforces the same halves,
// FORBIDDEN for the role and CONFLICT once completed or void) and who may lead one.
import { can, roles, type Role } from "@/lib/auth/permissions";
import { isTerminalStatus, type WorkOrderStatus } from "@/lib/work-orders/options";

/** Completed and void work orders are final; viewers cannot change any. */
export function mayChangeWorkOrder(role: Role, workOrder: { status: WorkOrderStatus }): boolean {
  return can(role, "workOrder:update") && !isTerminalStatus(workOrder.status);
}

/** Only members who can do the work lead it: staff and above, never a viewer (the select and the data layer). */
export function mayLeadWorkOrders(role: Role): boolean {
  return can(role, "workOrder:update");
}

/** The roles offered as lead technicians, for a `role IN (…)` filter. */
export const leadTechnicianRoles: Role[] = roles.filter(mayLeadWorkOrders);

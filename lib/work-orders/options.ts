// Fixed choices for work orders (types, statuses, priorities, list sorting) with labels for the UI.
import { labelOf, optionsOf } from "@/lib/fields/options";

export const workOrderTypes = ["work_order", "quote"] as const;
export type WorkOrderType = (typeof workOrderTypes)[number];

export const workOrderStatuses = [
  "created",
  "scheduled",
  "open",
  "in_progress",
  "tracking",
  "pending",
  "in_review",
  "completed",
  "void",
] as const;
export type WorkOrderStatus = (typeof workOrderStatuses)[number];

/** No status change or edit after these. */
export const terminalStatuses = ["completed", "void"] as const satisfies readonly WorkOrderStatus[];

export function isTerminalStatus(status: WorkOrderStatus): boolean {
  return (terminalStatuses as readonly WorkOrderStatus[]).includes(status);
}

export const workOrderPriorities = ["low", "normal", "high", "urgent"] as const;
export type WorkOrderPriority = (typeof workOrderPriorities)[number];

export const workOrderTypeLabels: Record<WorkOrderType, string> = {
  work_order: "Work order",
  quote: "Quote",
};
export const workOrderTypeOptions = optionsOf(workOrderTypes, workOrderTypeLabels);

export const workOrderStatusLabels: Record<WorkOrderStatus, string> = {
  created: "Created",
  scheduled: "Scheduled",
  open: "Open",
  in_progress: "In progress",
  tracking: "Tracking",
  pending: "Pending",
  in_review: "In review",
  completed: "Completed",
  void: "Void",
};
export const workOrderStatusOptions = optionsOf(workOrderStatuses, workOrderStatusLabels);

export const workOrderPriorityLabels: Record<WorkOrderPriority, string> = {
  low: "Low",
  normal: "Normal",
  high: "High",
  urgent: "Urgent",
};
export const workOrderPriorityOptions = optionsOf(workOrderPriorities, workOrderPriorityLabels);

export const formatWorkOrderStatus = (status: WorkOrderStatus) => labelOf(workOrderStatusOptions, status) ?? status;
export const formatWorkOrderPriority = (priority: WorkOrderPriority) =>
  labelOf(workOrderPriorityOptions, priority) ?? priority;
export const formatWorkOrderType = (type: WorkOrderType) => labelOf(workOrderTypeOptions, type) ?? type;

/** Columns the work order list can be ordered by (status and priority sort in workflow order). */
export const workOrderSortColumns = ["number", "status", "priority", "dueDate", "createdAt"] as const;
export type WorkOrderSortColumn = (typeof workOrderSortColumns)[number];

// Fixed choices for work orders (types, statuses, priorities, list sorting) with labels for the UI.
import { labelOf, type Option } from "@/lib/fields/options";

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

export const workOrderTypeOptions: Option<WorkOrderType>[] = [
  { value: "work_order", label: "Work order" },
  { value: "quote", label: "Quote" },
];

export const workOrderStatusOptions: Option<WorkOrderStatus>[] = [
  { value: "created", label: "Created" },
  { value: "scheduled", label: "Scheduled" },
  { value: "open", label: "Open" },
  { value: "in_progress", label: "In progress" },
  { value: "tracking", label: "Tracking" },
  { value: "pending", label: "Pending" },
  { value: "in_review", label: "In review" },
  { value: "completed", label: "Completed" },
  { value: "void", label: "Void" },
];

export const workOrderPriorityOptions: Option<WorkOrderPriority>[] = [
  { value: "low", label: "Low" },
  { value: "normal", label: "Normal" },
  { value: "high", label: "High" },
  { value: "urgent", label: "Urgent" },
];

export const formatWorkOrderStatus = (status: WorkOrderStatus) => labelOf(workOrderStatusOptions, status) ?? status;
export const formatWorkOrderPriority = (priority: WorkOrderPriority) =>
  labelOf(workOrderPriorityOptions, priority) ?? priority;
export const formatWorkOrderType = (type: WorkOrderType) => labelOf(workOrderTypeOptions, type) ?? type;

/** Columns the work order list can be ordered by (status and priority sort in workflow order). */
export const workOrderSortColumns = ["number", "status", "priority", "dueDate", "createdAt"] as const;
export type WorkOrderSortColumn = (typeof workOrderSortColumns)[number];

// Work order status and priority as coloured badges.
import { Badge } from "@/components/ui/badge";
import {
  formatWorkOrderPriority,
  formatWorkOrderStatus,
  type WorkOrderPriority,
  type WorkOrderStatus,
} from "@/lib/work-orders/options";
import { cn } from "@/lib/utils";

const statusStyles: Record<WorkOrderStatus, string> = {
  created: "border-zinc-200 bg-zinc-100 text-zinc-700 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  scheduled: "border-sky-200 bg-sky-50 text-sky-700 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-300",
  open: "border-blue-200 bg-blue-50 text-blue-700 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-300",
  in_progress:
    "border-indigo-200 bg-indigo-50 text-indigo-700 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-300",
  tracking:
    "border-violet-200 bg-violet-50 text-violet-700 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-300",
  pending: "border-amber-200 bg-amber-50 text-amber-800 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  in_review: "border-cyan-200 bg-cyan-50 text-cyan-800 dark:border-cyan-800 dark:bg-cyan-950 dark:text-cyan-200",
  completed:
    "border-emerald-200 bg-emerald-50 text-emerald-700 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  void: "border-dashed border-zinc-300 text-muted-foreground line-through dark:border-zinc-700",
};

const priorityStyles: Record<WorkOrderPriority, string> = {
  low: "text-muted-foreground",
  normal: "",
  high: "border-amber-200 bg-amber-50 text-amber-800 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  urgent: "border-red-200 bg-red-50 text-red-700 dark:border-red-800 dark:bg-red-950 dark:text-red-300",
};

export function WorkOrderStatusBadge({ status, className }: { status: WorkOrderStatus; className?: string }) {
  return (
    <Badge variant="outline" className={cn(statusStyles[status], className)}>
      {formatWorkOrderStatus(status)}
    </Badge>
  );
}

export function WorkOrderPriorityBadge({ priority, className }: { priority: WorkOrderPriority; className?: string }) {
  return (
    <Badge variant="outline" className={cn(priorityStyles[priority], className)}>
      {formatWorkOrderPriority(priority)}
    </Badge>
  );
}

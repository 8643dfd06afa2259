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
  created: "border-zinc-200 bg-zinc-100 text-zinc-700",
  scheduled: "border-sky-200 bg-sky-50 text-sky-700",
  open: "border-blue-200 bg-blue-50 text-blue-700",
  in_progress: "border-indigo-200 bg-indigo-50 text-indigo-700",
  tracking: "border-violet-200 bg-violet-50 text-violet-700",
  pending: "border-amber-200 bg-amber-50 text-amber-800",
  in_review: "border-cyan-200 bg-cyan-50 text-cyan-800",
  completed: "border-emerald-200 bg-emerald-50 text-emerald-700",
  void: "border-dashed border-zinc-300 text-muted-foreground line-through",
};

const priorityStyles: Record<WorkOrderPriority, string> = {
  low: "text-muted-foreground",
  normal: "",
  high: "border-amber-200 bg-amber-50 text-amber-800",
  urgent: "border-red-200 bg-red-50 text-red-700",
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

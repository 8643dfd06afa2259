// A due date is a calendar date (no time zone), so it is shown as stored, never shifted. An overdue one
// (lib/work-orders/overdue.ts) reads "Overdue" beside it, so it never relies on colour alone.
import { AlertTriangleIcon } from "lucide-react";

import { CalendarDate } from "@/components/time";
import { Badge } from "@/components/ui/badge";

export function DueDate({ date, overdue = false }: { date: Date | null; overdue?: boolean }) {
  if (!date) return <span className="text-muted-foreground">—</span>;
  if (!overdue) return <CalendarDate date={date} />;
  return (
    <span className="inline-flex flex-col items-start gap-1 font-medium text-red-700 dark:text-red-300">
      <CalendarDate date={date} />
      <Badge
        variant="outline"
        className="border-red-200 bg-red-50 text-red-700 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
      >
        <AlertTriangleIcon aria-hidden="true" />
        Overdue
      </Badge>
    </span>
  );
}

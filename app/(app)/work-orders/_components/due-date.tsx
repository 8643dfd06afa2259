// A due date is a calendar date (no time zone), so it is shown as stored, never shifted.
import { CalendarDate } from "@/components/time";

export function DueDate({ date }: { date: Date | null }) {
  if (!date) return <span className="text-muted-foreground">—</span>;
  return <CalendarDate date={date} />;
}

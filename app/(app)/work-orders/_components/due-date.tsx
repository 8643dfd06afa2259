// A due date is a calendar date (no time zone), so it is shown as stored, never shifted.
import { formatUtcDate } from "@/lib/format";

export function DueDate({ date }: { date: Date | null }) {
  if (!date) return <span className="text-muted-foreground">—</span>;
  return <time dateTime={date.toISOString().slice(0, 10)}>{formatUtcDate(date)}</time>;
}

// A due date is a calendar date (no time zone), so it is shown as stored, never shifted.
import { formatUtcDate, toDateText } from "@/lib/format";

export function DueDate({ date }: { date: Date | null }) {
  if (!date) return <span className="text-muted-foreground">—</span>;
  return <time dateTime={toDateText(date)}>{formatUtcDate(date)}</time>;
}

// How the file's number and date columns are read ("Numbers read as 1.234,56 — because …"), with the
// values that reading decided, so an ambiguous 1,000 is never read silently.
import { describeReading, type ColumnReading } from "@/lib/imports/map/readings";

function Decided({ reading }: { reading: ColumnReading }) {
  if (reading.ambiguousCount === 0) return null;
  const more = reading.ambiguousCount - reading.ambiguous.length;
  return (
    <span>
      {" "}
      Read this way: {reading.ambiguous.map(({ value, read }) => `${value} → ${read}`).join(", ")}
      {more > 0 ? ` and ${more} more` : ""}.
    </span>
  );
}

export function ValueReadings({ readings, heading }: { readings: readonly ColumnReading[]; heading: string }) {
  if (readings.length === 0) return null;
  return (
    <section aria-label={heading} className="flex flex-col gap-1 rounded-md border bg-muted/40 p-3 text-sm">
      <h3 className="font-medium">{heading}</h3>
      <ul className="flex flex-col gap-1">
        {readings.map((reading) => (
          <li key={`${reading.kind}-${reading.column}`}>
            <span className="font-medium">{reading.header}:</span> {describeReading(reading)} — {reading.reason}.
            <Decided reading={reading} />
          </li>
        ))}
      </ul>
    </section>
  );
}

"use client";

// Timeline filters: entry types (toggles) and a local date range.
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Button } from "@/components/ui/button";
import { activityTypeLabels, activityTypes, type ActivityTypeName } from "@/lib/activity/schemas";

export type ActivityFilterValues = { types: ActivityTypeName[]; from: string; to: string };

type ActivityFiltersProps = { value: ActivityFilterValues; onChange: (value: ActivityFilterValues) => void };

export function ActivityFilters({ value, onChange }: ActivityFiltersProps) {
  const toggle = (type: ActivityTypeName) =>
    onChange({
      ...value,
      types: value.types.includes(type) ? value.types.filter((t) => t !== type) : [...value.types, type],
    });
  const filtered = value.types.length > 0 || value.from !== "" || value.to !== "";
  return (
    <div className="flex flex-wrap items-end gap-4">
      <div role="group" aria-label="Activity types" className="flex flex-wrap gap-1">
        {activityTypes.map((type) => (
          <Button
            key={type}
            type="button"
            size="sm"
            variant={value.types.includes(type) ? "default" : "outline"}
            aria-pressed={value.types.includes(type)}
            onClick={() => toggle(type)}
          >
            {activityTypeLabels[type]}
          </Button>
        ))}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="activity-from">From</Label>
        <Input
          id="activity-from"
          type="date"
          value={value.from}
          onChange={(e) => onChange({ ...value, from: e.target.value })}
        />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="activity-to">To</Label>
        <Input
          id="activity-to"
          type="date"
          value={value.to}
          onChange={(e) => onChange({ ...value, to: e.target.value })}
        />
      </div>
      {filtered ? (
        <Button type="button" variant="ghost" size="sm" onClick={() => onChange({ types: [], from: "", to: "" })}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}

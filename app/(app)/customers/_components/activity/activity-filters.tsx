"use client";

// Timeline filters: entry types (toggles) and a local date range.
import { LabelledField } from "@/components/form/fields";
import { Input } from "@/components/ui/input";
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
      {(["from", "to"] as const).map((bound) => (
        <LabelledField
          key={bound}
          label={bound === "from" ? "From" : "To"}
          id={`activity-${bound}`}
          className="w-auto gap-1"
        >
          <Input type="date" value={value[bound]} onChange={(e) => onChange({ ...value, [bound]: e.target.value })} />
        </LabelledField>
      ))}
      {filtered ? (
        <Button type="button" variant="ghost" size="sm" onClick={() => onChange({ types: [], from: "", to: "" })}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}

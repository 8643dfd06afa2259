"use client";

// The "Import as" choice for one file column: Ignore, or a field grouped as Customer/Address/Commercial/Contact.
import { NativeSelect, NativeSelectOptGroup, NativeSelectOption } from "@/components/ui/native-select";
import { importTargetGroups, importTargets, type MappingTarget } from "@/lib/imports/map/targets";

type TargetSelectProps = {
  id: string;
  header: string;
  value: MappingTarget;
  invalid?: boolean;
  onChange: (target: MappingTarget) => void;
};

export function TargetSelect({ id, header, value, invalid, onChange }: TargetSelectProps) {
  return (
    <NativeSelect
      id={id}
      aria-label={`Import "${header}" as`}
      aria-invalid={invalid || undefined}
      size="sm"
      className="w-64"
      value={value}
      onChange={(event) => onChange(event.target.value as MappingTarget)}
    >
      <NativeSelectOption value="ignore">Ignore (do not import)</NativeSelectOption>
      {importTargetGroups.map((group) => (
        <NativeSelectOptGroup key={group} label={group}>
          {importTargets
            .filter((target) => target.group === group)
            .map((target) => (
              <NativeSelectOption key={target.key} value={target.key}>
                {target.key === "notes" ? "Notes (adds “Header: value”)" : target.label}
              </NativeSelectOption>
            ))}
        </NativeSelectOptGroup>
      ))}
    </NativeSelect>
  );
}

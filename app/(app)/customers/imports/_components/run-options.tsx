"use client";

// How rows become customers: create only, update only or upsert, matching on account number or email.
import { LabelledField } from "@/components/form/fields";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import {
  importMatchKeys,
  importModeLabels,
  importModes,
  matchKeyLabels,
  type ImportMatchKey,
  type ImportMode,
} from "@/lib/imports/schemas";

type RunOptionsProps = {
  mode: ImportMode;
  matchOn: ImportMatchKey;
  onModeChange: (mode: ImportMode) => void;
  onMatchOnChange: (matchOn: ImportMatchKey) => void;
  disabled?: boolean;
};

export function RunOptions({ mode, matchOn, onModeChange, onMatchOnChange, disabled }: RunOptionsProps) {
  return (
    <div className="flex flex-wrap gap-6">
      <LabelledField label="Mode" id="import-mode" className="w-auto">
        <NativeSelect
          className="w-72"
          value={mode}
          disabled={disabled}
          onChange={(event) => onModeChange(event.target.value as ImportMode)}
        >
          {importModes.map((value) => (
            <NativeSelectOption key={value} value={value}>
              {importModeLabels[value]}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </LabelledField>
      <LabelledField label="Match existing customers on" id="import-match" className="w-auto">
        <NativeSelect
          className="w-56"
          value={matchOn}
          disabled={disabled}
          onChange={(event) => onMatchOnChange(event.target.value as ImportMatchKey)}
        >
          {importMatchKeys.map((value) => (
            <NativeSelectOption key={value} value={value}>
              {matchKeyLabels[value]}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </LabelledField>
    </div>
  );
}

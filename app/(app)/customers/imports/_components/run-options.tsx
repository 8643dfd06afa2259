"use client";

// How rows become customers: create only, update only or upsert, matching on account number or email.
import { Label } from "@/components/ui/label";
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
      <div className="flex flex-col gap-2">
        <Label htmlFor="import-mode">Mode</Label>
        <NativeSelect
          id="import-mode"
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
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="import-match">Match existing customers on</Label>
        <NativeSelect
          id="import-match"
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
      </div>
    </div>
  );
}

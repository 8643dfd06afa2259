"use client";

// How rows become customers: create only, update only or upsert, matching on account number or email;
// and how numbers and dates are written in the file, when it has such columns.
import { LabelledField, SelectOptions } from "@/components/form/fields";
import { NativeSelect } from "@/components/ui/native-select";
import {
  dateFormatChoiceLabels,
  numberFormatChoiceLabels,
  type DateFormatChoice,
  type NumberFormatChoice,
} from "@/lib/imports/map/readings";
import { importModeLabels, matchKeyLabels, type ImportMatchKey, type ImportMode } from "@/lib/imports/schemas";

type RunOptionsProps = {
  mode: ImportMode;
  matchOn: ImportMatchKey;
  onModeChange: (mode: ImportMode) => void;
  onMatchOnChange: (matchOn: ImportMatchKey) => void;
  /** Shown when a number column is mapped. */
  numberFormat?: { value: NumberFormatChoice; onChange: (value: NumberFormatChoice) => void };
  /** Shown when a date column is mapped. */
  dateFormat?: { value: DateFormatChoice; onChange: (value: DateFormatChoice) => void };
  disabled?: boolean;
};

type ChoiceProps<K extends string> = {
  label: string;
  /** Each choice and its label, in order. */
  labels: Record<K, string>;
  value: K;
  onChange: (value: K) => void;
  disabled?: boolean;
};

function Choice<K extends string>({ label, labels, value, onChange, disabled }: ChoiceProps<K>) {
  const choices = Object.keys(labels).filter((key): key is K => key in labels);
  return (
    <LabelledField label={label} className="w-auto">
      <NativeSelect
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(choices.find((choice) => choice === event.target.value) ?? value)}
      >
        <SelectOptions options={choices.map((choice) => ({ value: choice, label: labels[choice] }))} />
      </NativeSelect>
    </LabelledField>
  );
}

export function RunOptions({
  mode,
  matchOn,
  onModeChange,
  onMatchOnChange,
  numberFormat,
  dateFormat,
  disabled,
}: RunOptionsProps) {
  return (
    <div className="flex flex-wrap gap-6">
      <Choice label="Mode" labels={importModeLabels} value={mode} onChange={onModeChange} disabled={disabled} />
      <Choice
        label="Match existing customers on"
        labels={matchKeyLabels}
        value={matchOn}
        onChange={onMatchOnChange}
        disabled={disabled}
      />
      {numberFormat ? (
        <Choice label="Numbers in the file" labels={numberFormatChoiceLabels} {...numberFormat} disabled={disabled} />
      ) : null}
      {dateFormat ? (
        <Choice label="Dates in the file" labels={dateFormatChoiceLabels} {...dateFormat} disabled={disabled} />
      ) : null}
    </div>
  );
}

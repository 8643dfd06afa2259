"use client";

// Reuse a saved mapping, or save the current one under a name for the next file from the same source.
import * as React from "react";
import { SaveIcon, Trash2Icon } from "lucide-react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { LabelledField, SelectOptions } from "@/components/form/fields";
import { NativeSelect } from "@/components/ui/native-select";
import type { ColumnMapping } from "@/lib/imports/map/propose";

export interface SavedMappingOption {
  id: string;
  name: string;
  mapping: ColumnMapping[];
}

type SavedMappingsProps = {
  saved: SavedMappingOption[];
  onApply: (mapping: ColumnMapping[]) => void;
  onSave: (name: string) => Promise<{ error?: string }>;
  onDelete: (id: string) => Promise<{ error?: string }>;
};

export function SavedMappings({ saved, onApply, onSave, onDelete }: SavedMappingsProps) {
  const [selected, setSelected] = React.useState("");
  const [name, setName] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  const [isPending, startTransition] = React.useTransition();

  function save(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    if (!name.trim()) {
      setError("Enter a name for the mapping");
      return;
    }
    startTransition(async () => {
      const result = await onSave(name.trim());
      if (result.error) setError(result.error);
      else {
        toast.success(`Mapping “${name.trim()}” saved`);
        setName("");
      }
    });
  }

  return (
    <div className="flex flex-wrap items-end gap-6">
      {saved.length > 0 ? (
        <LabelledField label="Use a saved mapping" id="saved-mapping" className="w-auto">
          <NativeSelect
            className="w-64"
            value={selected}
            onChange={(event) => {
              setSelected(event.target.value);
              const mapping = saved.find((option) => option.id === event.target.value)?.mapping;
              if (mapping) onApply(mapping);
            }}
          >
            <SelectOptions
              options={saved.map((option) => ({ value: option.id, label: option.name }))}
              blankLabel="Proposed from the headers"
            />
          </NativeSelect>
        </LabelledField>
      ) : null}
      {selected ? (
        <Button
          type="button"
          variant="ghost"
          disabled={isPending}
          onClick={() =>
            startTransition(async () => {
              const result = await onDelete(selected);
              if (result.error) toast.error(result.error);
              else {
                toast.success("Saved mapping deleted");
                setSelected("");
              }
            })
          }
        >
          <Trash2Icon aria-hidden="true" />
          Delete saved mapping
        </Button>
      ) : null}
      <form onSubmit={save} className="flex flex-wrap items-end gap-2" noValidate>
        {/* The error goes below the Save button, so it is wired here rather than by the field. */}
        <LabelledField label="Save mapping as" id="mapping-name" className="w-auto">
          <Input
            className="w-64"
            placeholder="e.g. QuickBooks customers"
            value={name}
            maxLength={100}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "mapping-name-error" : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </LabelledField>
        <Button type="submit" variant="outline" disabled={isPending}>
          <SaveIcon aria-hidden="true" />
          Save mapping
        </Button>
        {error ? (
          <p id="mapping-name-error" role="alert" className="basis-full text-sm text-destructive">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}

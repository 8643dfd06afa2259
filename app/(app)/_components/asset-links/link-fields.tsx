"use client";

// The link fields both dialogs edit: relationship, status, since and notes, with inline errors.
import { SelectField, TextareaField, TextField } from "@/components/form/fields";
import { linkLimits, type LinkUpdateInput } from "@/lib/asset-links/schemas";
import { linkStatusOptions, relationshipOptions } from "@/lib/asset-links/options";

type LinkFieldValues = Pick<LinkUpdateInput, "relationship" | "status" | "since" | "notes">;

export function LinkFields() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField<LinkFieldValues> name="relationship" label="Relationship" options={relationshipOptions} />
      <SelectField<LinkFieldValues> name="status" label="Status" options={linkStatusOptions} />
      <TextField<LinkFieldValues> name="since" label="Since" type="date" />
      <TextareaField<LinkFieldValues>
        name="notes"
        label="Notes"
        rows={2}
        maxLength={linkLimits.notes}
        className="sm:col-span-2"
      />
    </div>
  );
}

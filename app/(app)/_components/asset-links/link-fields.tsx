"use client";

// The link fields both dialogs edit: relationship, status, since and notes, with inline errors.
import { useFormContext } from "react-hook-form";

import { SelectField, TextField } from "@/components/form/fields";
import { Field, FieldControl, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { linkLimits, linkStatusOptions, relationshipOptions, type LinkUpdateInput } from "@/lib/asset-links/schemas";

type LinkFieldValues = Pick<LinkUpdateInput, "relationship" | "status" | "since" | "notes">;

export function LinkFields() {
  const { register, formState } = useFormContext<LinkFieldValues>();
  const { errors } = formState;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField<LinkFieldValues> name="relationship" label="Relationship" options={relationshipOptions} />
      <SelectField<LinkFieldValues> name="status" label="Status" options={linkStatusOptions} />
      <TextField<LinkFieldValues> name="since" label="Since" type="date" />
      <Field className="sm:col-span-2">
        <FieldLabel>Notes</FieldLabel>
        <FieldControl>
          <Textarea rows={2} maxLength={linkLimits.notes} {...register("notes")} />
        </FieldControl>
        <FieldError errors={[errors.notes]} />
      </Field>
    </div>
  );
}

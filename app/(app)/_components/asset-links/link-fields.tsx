"use client";

// The link fields both dialogs edit: relationship, status, since and notes, with inline errors.
import { useFormContext } from "react-hook-form";

import { Field, FieldControl, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { linkLimits, linkStatusOptions, relationshipOptions, type LinkUpdateInput } from "@/lib/asset-links/schemas";

type LinkFieldValues = Pick<LinkUpdateInput, "relationship" | "status" | "since" | "notes">;

export function LinkFields() {
  const { register, formState } = useFormContext<LinkFieldValues>();
  const { errors } = formState;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field>
        <FieldLabel>Relationship</FieldLabel>
        <FieldControl>
          <NativeSelect {...register("relationship")}>
            {relationshipOptions.map((option) => (
              <NativeSelectOption key={option.value} value={option.value}>
                {option.label}
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </FieldControl>
        <FieldError errors={[errors.relationship]} />
      </Field>
      <Field>
        <FieldLabel>Status</FieldLabel>
        <FieldControl>
          <NativeSelect {...register("status")}>
            {linkStatusOptions.map((option) => (
              <NativeSelectOption key={option.value} value={option.value}>
                {option.label}
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </FieldControl>
        <FieldError errors={[errors.status]} />
      </Field>
      <Field>
        <FieldLabel>Since</FieldLabel>
        <FieldControl>
          <Input type="date" {...register("since")} />
        </FieldControl>
        <FieldError errors={[errors.since]} />
      </Field>
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

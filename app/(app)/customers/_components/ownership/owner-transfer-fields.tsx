"use client";
// The new owner (a member of the organization) and the required reason of an ownership transfer:
// the same fields for one customer and for a bulk transfer.
import type { FieldError as FormFieldError, UseFormRegisterReturn } from "react-hook-form";
import { Field, FieldControl, FieldError, FieldLabel } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";

export interface OwnerOption {
  id: string;
  name: string;
  email: string;
}

interface OwnerTransferFieldsProps {
  /** The members to choose from; null while they are loading. */
  members: OwnerOption[] | null;
  owner: UseFormRegisterReturn;
  reason: UseFormRegisterReturn;
  errors: { toUserId?: FormFieldError; reason?: FormFieldError };
  reasonPlaceholder: string;
}

export function OwnerTransferFields({ members, owner, reason, errors, reasonPlaceholder }: OwnerTransferFieldsProps) {
  return (
    <>
      <Field>
        <FieldLabel>New owner</FieldLabel>
        <FieldControl>
          <NativeSelect {...owner}>
            <NativeSelectOption value="">{members ? "Choose a member…" : "Loading members…"}</NativeSelectOption>
            {(members ?? []).map((member) => (
              <NativeSelectOption key={member.id} value={member.id}>
                {member.name} ({member.email})
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </FieldControl>
        <FieldError errors={[errors.toUserId]} />
      </Field>
      <Field>
        <FieldLabel>Reason</FieldLabel>
        <FieldControl>
          <Textarea rows={3} placeholder={reasonPlaceholder} {...reason} />
        </FieldControl>
        <FieldError errors={[errors.reason]} />
      </Field>
    </>
  );
}

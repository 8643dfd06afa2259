"use client";
// The new owner (a member of the organization) and the required reason of an ownership transfer:
// the same fields for one customer and for a bulk transfer, in a form holding `toUserId` and `reason`.
import { SelectField, TextareaField } from "@/components/form/fields";

export interface OwnerOption {
  id: string;
  name: string;
  email: string;
}

type OwnerTransferValues = { toUserId: string; reason: string };

interface OwnerTransferFieldsProps {
  /** The members to choose from; null while they are loading. */
  members: OwnerOption[] | null;
  reasonPlaceholder: string;
}

export function OwnerTransferFields({ members, reasonPlaceholder }: OwnerTransferFieldsProps) {
  const options = (members ?? []).map((member) => ({ value: member.id, label: `${member.name} (${member.email})` }));
  return (
    <>
      <SelectField<OwnerTransferValues>
        name="toUserId"
        label="New owner"
        options={options}
        blankLabel={members ? "Choose a member…" : "Loading members…"}
      />
      <TextareaField<OwnerTransferValues> name="reason" label="Reason" rows={3} placeholder={reasonPlaceholder} />
    </>
  );
}

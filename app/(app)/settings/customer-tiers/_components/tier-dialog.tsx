"use client";
// Add or edit a customer tier (name, level, discount, colour, benefits) in a dialog, with the server's field errors.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TextareaField, TextField } from "@/components/form/fields";
import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { createTierAction, updateTierAction } from "@/lib/tiers/actions";
import type { TierRow } from "@/lib/tiers/queries";
import { tierInputSchema, type TierInput } from "@/lib/tiers/schemas";
import { AddOrEditButton } from "../../_components/add-or-edit-button";

type Mode = { kind: "create" } | { kind: "edit"; tier: TierRow };

/** The dialog keeps text as typed; the shared schema reads level and discount from it. */
type TierFormValues = TierInput;

const emptyTier: TierFormValues = { name: "", level: "1", discountPercent: "0.00", color: "#64748b", benefits: "" };

function initialValues(mode: Mode): TierFormValues {
  if (mode.kind === "create") return emptyTier;
  const { name, level, discountPercent, color, benefits } = mode.tier;
  return { name, level: String(level), discountPercent, color, benefits: benefits ?? "" };
}

function save(mode: Mode, values: TierFormValues) {
  if (mode.kind === "create") return createTierAction(values);
  return updateTierAction({ ...values, id: mode.tier.id, version: mode.tier.version });
}

export function TierDialog({ mode }: { mode: Mode }) {
  const form = useForm<TierFormValues>({
    resolver: zodResolver(tierInputSchema, undefined, { raw: true }),
    defaultValues: initialValues(mode),
  });
  const dialog = useFormDialog(form, {
    initial: initialValues(mode),
    save: (values) => save(mode, values),
    successMessage: mode.kind === "create" ? "Tier added" : "Tier updated",
  });

  return (
    <FormDialog
      dialog={dialog}
      schema={tierInputSchema}
      trigger={<AddOrEditButton addLabel="Add tier" editing={mode.kind === "edit" ? mode.tier.name : undefined} />}
      title={mode.kind === "create" ? "Add tier" : `Edit ${mode.tier.name}`}
      description="Changing the discount applies to work priced afterwards."
      submitLabel="Save"
    >
      <TextField<TierFormValues> name="name" label="Name" placeholder="e.g. Gold" autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField<TierFormValues> name="level" label="Level" inputMode="numeric" description="1 is the highest." />
        <TextField<TierFormValues>
          name="discountPercent"
          label="Discount (%)"
          inputMode="decimal"
          description="0–100, two decimals."
        />
        <TextField<TierFormValues> name="color" label="Colour" type="color" inputClassName="h-9 p-1" />
      </div>
      <TextareaField<TierFormValues>
        name="benefits"
        label="Benefits"
        rows={3}
        placeholder="e.g. Priority hangar slots"
      />
    </FormDialog>
  );
}

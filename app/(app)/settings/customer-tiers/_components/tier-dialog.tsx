"use client";
// Add or edit a customer tier (name, level, discount, colour, benefits) in a dialog, with the server's field errors.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { PlusIcon } from "lucide-react";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { FormAlert } from "@/components/form/form-alert";
import { DialogFormActions } from "@/components/form/form-actions";
import { createTierAction, updateTierAction } from "@/lib/tiers/actions";
import type { TierRow } from "@/lib/tiers/queries";
import { tierInputSchema, type TierInput } from "@/lib/tiers/schemas";

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
  const { errors } = form.formState;

  const { open, setOpen, changeOpen, isPending, onSubmit } = useFormDialog(form, {
    initial: initialValues(mode),
    save: (values) => save(mode, values),
    successMessage: mode.kind === "create" ? "Tier added" : "Tier updated",
  });

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        {mode.kind === "create" ? (
          <Button>
            <PlusIcon aria-hidden="true" />
            Add tier
          </Button>
        ) : (
          <Button variant="outline" size="sm" aria-label={`Edit ${mode.tier.name}`}>
            Edit
          </Button>
        )}
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>{mode.kind === "create" ? "Add tier" : `Edit ${mode.tier.name}`}</DialogTitle>
            <DialogDescription>Changing the discount applies to work priced afterwards.</DialogDescription>
          </DialogHeader>
          <Field>
            <FieldLabel>Name</FieldLabel>
            <FieldControl>
              <Input placeholder="e.g. Gold" autoComplete="off" {...form.register("name")} />
            </FieldControl>
            <FieldError errors={[errors.name]} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field>
              <FieldLabel>Level</FieldLabel>
              <FieldControl>
                <Input inputMode="numeric" {...form.register("level")} />
              </FieldControl>
              <FieldDescription>1 is the highest.</FieldDescription>
              <FieldError errors={[errors.level]} />
            </Field>
            <Field>
              <FieldLabel>Discount (%)</FieldLabel>
              <FieldControl>
                <Input inputMode="decimal" {...form.register("discountPercent")} />
              </FieldControl>
              <FieldDescription>0–100, two decimals.</FieldDescription>
              <FieldError errors={[errors.discountPercent]} />
            </Field>
            <Field>
              <FieldLabel>Colour</FieldLabel>
              <FieldControl>
                <Input type="color" className="h-9 p-1" {...form.register("color")} />
              </FieldControl>
              <FieldError errors={[errors.color]} />
            </Field>
          </div>
          <Field>
            <FieldLabel>Benefits</FieldLabel>
            <FieldControl>
              <Textarea rows={3} placeholder="e.g. Priority hangar slots" {...form.register("benefits")} />
            </FieldControl>
            <FieldError errors={[errors.benefits]} />
          </Field>
          <FormAlert message={errors.root?.message} />
          <DialogFormActions onCancel={() => setOpen(false)} isPending={isPending}>
            Save
          </DialogFormActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}

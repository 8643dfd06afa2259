"use client";

// "Link customer" (from an asset) or "Link aircraft or vehicle" (from a customer): a picker, the
// link fields and "make primary"; the server's field errors come back onto the form.
import * as React from "react";
import { Controller, FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { LinkIcon } from "lucide-react";
import { toast } from "sonner";

import { AsyncCombobox, type ComboboxOption } from "@/components/async-combobox";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/form-actions";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field, FieldError, FieldLabel } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { linkCustomerAction } from "@/lib/asset-links/actions";
import { linkCustomerSchema, type LinkCustomerInput } from "@/lib/asset-links/schemas";
import { applyActionError } from "@/lib/form-errors";
import { LinkFields } from "./link-fields";
import { searchAssets, searchCustomers } from "./search-options";

type LinkDialogProps = { side: "asset"; assetId: string } | { side: "customer"; customerId: string };

const blank = { relationship: "owner", status: "current", since: "", notes: "", makePrimary: false } as const;

export function LinkDialog(props: LinkDialogProps) {
  const [open, setOpen] = React.useState(false);
  const [picked, setPicked] = React.useState<ComboboxOption | null>(null);
  const [isPending, startTransition] = React.useTransition();
  const defaultValues: LinkCustomerInput =
    props.side === "asset"
      ? { ...blank, assetId: props.assetId, customerId: "" }
      : { ...blank, assetId: "", customerId: props.customerId };
  const form = useForm<LinkCustomerInput>({
    resolver: zodResolver(linkCustomerSchema, undefined, { raw: true }),
    defaultValues,
  });
  const pickerField = props.side === "asset" ? "customerId" : "assetId";
  const pickerLabel = props.side === "asset" ? "Customer" : "Aircraft or vehicle";
  const { errors } = form.formState;

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      form.reset(defaultValues);
      setPicked(null);
    }
  }

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await linkCustomerAction(values);
      if ("error" in result) {
        applyActionError(form, result.error);
        return;
      }
      toast.success(props.side === "asset" ? "Customer linked" : "Aircraft or vehicle linked");
      onOpenChange(false);
    }),
  );

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <LinkIcon aria-hidden="true" />
          {props.side === "asset" ? "Link customer" : "Link aircraft or vehicle"}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{props.side === "asset" ? "Link a customer" : "Link an aircraft or vehicle"}</DialogTitle>
          <DialogDescription>
            The first current link becomes the primary customer; tick &ldquo;Make primary&rdquo; to take over from the
            current one.
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <Field invalid={Boolean(errors.customerId ?? errors.assetId)}>
              <FieldLabel htmlFor="link-picker">{pickerLabel}</FieldLabel>
              <AsyncCombobox
                id="link-picker"
                label={pickerLabel}
                value={picked}
                invalid={Boolean(errors[pickerField])}
                onChange={(option) => {
                  setPicked(option);
                  form.setValue(pickerField, option?.value ?? "", { shouldValidate: form.formState.isSubmitted });
                }}
                search={props.side === "asset" ? searchCustomers : searchAssets}
                placeholder={props.side === "asset" ? "Choose a customer…" : "Choose an aircraft or vehicle…"}
              />
              <FieldError errors={[errors.customerId, errors.assetId]} />
            </Field>
            <LinkFields />
            <Controller
              control={form.control}
              name="makePrimary"
              render={({ field }) => (
                <div className="flex items-center gap-2">
                  <Checkbox
                    id="link-make-primary"
                    checked={field.value === true}
                    onCheckedChange={(v) => field.onChange(v === true)}
                  />
                  <Label htmlFor="link-make-primary">Make primary</Label>
                </div>
              )}
            />
            <FormAlert message={errors.root?.message} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <SubmitButton isPending={isPending}>Link</SubmitButton>
            </DialogFooter>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}

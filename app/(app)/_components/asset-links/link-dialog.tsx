"use client";

// "Link customer" (from an asset) or "Link aircraft or vehicle" (from a customer): a picker, the
// link fields and "make primary"; the server's field errors come back onto the form.
import * as React from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { LinkIcon } from "lucide-react";

import { AsyncCombobox, type ComboboxOption } from "@/components/async-combobox";
import { CheckboxField, FieldLabelMarked } from "@/components/form/fields";
import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { linkCustomerAction } from "@/lib/asset-links/actions";
import { linkCustomerSchema, type LinkCustomerInput } from "@/lib/asset-links/schemas";
import { LinkFields } from "./link-fields";
import { assetSearchFor, customerSearchFor } from "./search-options";

type LinkDialogProps = { side: "asset"; assetId: string } | { side: "customer"; customerId: string };

const blank = { relationship: "owner", status: "current", since: "", notes: "", makePrimary: false } as const;

export function LinkDialog(props: LinkDialogProps) {
  const [picked, setPicked] = React.useState<ComboboxOption | null>(null);
  const defaultValues: LinkCustomerInput =
    props.side === "asset"
      ? { ...blank, assetId: props.assetId, customerId: "" }
      : { ...blank, assetId: "", customerId: props.customerId };
  const form = useForm<LinkCustomerInput>({
    resolver: zodResolver(linkCustomerSchema, undefined, { raw: true }),
    defaultValues,
  });
  const [open, setOpen] = React.useState(false);
  const dialog = useFormDialog(form, {
    initial: defaultValues,
    save: linkCustomerAction,
    successMessage: props.side === "asset" ? "Customer linked" : "Aircraft or vehicle linked",
    open,
    onOpenChange: (next) => {
      setOpen(next);
      if (!next) setPicked(null);
    },
  });
  const linkedTo = props.side === "asset" ? props.assetId : props.customerId;
  const search = React.useMemo(
    () => (props.side === "asset" ? customerSearchFor(linkedTo) : assetSearchFor(linkedTo)),
    [props.side, linkedTo],
  );
  const pickerField = props.side === "asset" ? "customerId" : "assetId";
  const pickerLabel = props.side === "asset" ? "Customer" : "Aircraft or vehicle";
  const { errors } = form.formState;

  return (
    <FormDialog
      dialog={dialog}
      schema={linkCustomerSchema}
      trigger={
        <Button variant="outline" size="sm">
          <LinkIcon aria-hidden="true" />
          {props.side === "asset" ? "Link customer" : "Link aircraft or vehicle"}
        </Button>
      }
      className="sm:max-w-lg"
      title={props.side === "asset" ? "Link a customer" : "Link an aircraft or vehicle"}
      description={
        <>
          The first current link becomes the primary customer; tick &ldquo;Make primary&rdquo; to take over from the
          current one.
        </>
      }
      submitLabel="Link"
    >
      <Field invalid={Boolean(errors.customerId ?? errors.assetId)}>
        <FieldLabelMarked htmlFor="link-picker" required>
          {pickerLabel}
        </FieldLabelMarked>
        <AsyncCombobox
          id="link-picker"
          label={pickerLabel}
          value={picked}
          invalid={Boolean(errors[pickerField])}
          required
          onChange={(option) => {
            setPicked(option);
            form.setValue(pickerField, option?.value ?? "", { shouldValidate: form.formState.isSubmitted });
          }}
          search={search}
          placeholder={props.side === "asset" ? "Choose a customer…" : "Choose an aircraft or vehicle…"}
          emptyMessage={
            props.side === "asset"
              ? "No matching customer that is not linked yet."
              : "No matching aircraft or vehicle that is not linked yet."
          }
        />
        <FieldError errors={[errors.customerId, errors.assetId]} />
      </Field>
      <LinkFields />
      <CheckboxField<LinkCustomerInput> name="makePrimary" label="Make primary" id="link-make-primary" />
    </FormDialog>
  );
}

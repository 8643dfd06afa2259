"use client";
// Add or edit a service center (name, code, active) in a dialog, with the server's field errors.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { CheckboxField, TextField } from "@/components/form/fields";
import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import type { ServiceCenterRow } from "@/lib/service-centers/queries";
import { createServiceCenterAction, updateServiceCenterAction } from "@/lib/service-centers/actions";
import { serviceCenterInputSchema, type ServiceCenterInput } from "@/lib/service-centers/schemas";
import { AddOrEditButton } from "../../_components/add-or-edit-button";

type Mode = { kind: "create" } | { kind: "edit"; center: ServiceCenterRow };

const emptyCenter: ServiceCenterInput = { name: "", code: "", active: true };

function save(mode: Mode, values: ServiceCenterInput) {
  if (mode.kind === "create") return createServiceCenterAction(values);
  return updateServiceCenterAction({ ...values, id: mode.center.id, version: mode.center.version });
}

export function ServiceCenterDialog({ mode }: { mode: Mode }) {
  const initial: ServiceCenterInput =
    mode.kind === "edit" ? { name: mode.center.name, code: mode.center.code, active: mode.center.active } : emptyCenter;
  const form = useForm<ServiceCenterInput>({
    resolver: zodResolver(serviceCenterInputSchema, undefined, { raw: true }),
    defaultValues: initial,
  });
  const dialog = useFormDialog(form, {
    initial,
    save: (values) => save(mode, values),
    successMessage: mode.kind === "create" ? "Service center added" : "Service center updated",
  });

  return (
    <FormDialog
      dialog={dialog}
      schema={serviceCenterInputSchema}
      trigger={
        <AddOrEditButton addLabel="Add service center" editing={mode.kind === "edit" ? mode.center.code : undefined} />
      }
      title={mode.kind === "create" ? "Add service center" : `Edit ${mode.center.code}`}
      description="Changing the code affects only work orders opened afterwards."
      submitLabel="Save"
    >
      <TextField<ServiceCenterInput>
        name="name"
        label="Name"
        placeholder="e.g. Knoxville McGhee Tyson"
        autoComplete="off"
      />
      <TextField<ServiceCenterInput>
        name="code"
        label="Code"
        placeholder="KTYS"
        autoComplete="off"
        inputClassName="font-mono uppercase"
        description="2–10 letters or digits, such as an airport code."
      />
      <CheckboxField<ServiceCenterInput> name="active" label="Active (new work orders may use it)" />
    </FormDialog>
  );
}

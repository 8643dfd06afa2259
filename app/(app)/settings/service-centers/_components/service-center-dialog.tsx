"use client";
// Add or edit a service center (name, code, active) in a dialog, with the server's field errors.
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { PlusIcon } from "lucide-react";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
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
import type { ServiceCenterRow } from "@/lib/service-centers/queries";
import { createServiceCenterAction, updateServiceCenterAction } from "@/lib/service-centers/actions";
import { serviceCenterInputSchema, type ServiceCenterInput } from "@/lib/service-centers/schemas";
import { FormAlert } from "@/components/form/form-alert";
import { DialogFormActions } from "@/components/form/form-actions";

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
  const { errors } = form.formState;

  const { open, setOpen, changeOpen, isPending, onSubmit } = useFormDialog(form, {
    initial,
    save: (values) => save(mode, values),
    successMessage: mode.kind === "create" ? "Service center added" : "Service center updated",
  });

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        {mode.kind === "create" ? (
          <Button>
            <PlusIcon aria-hidden="true" />
            Add service center
          </Button>
        ) : (
          <Button variant="outline" size="sm" aria-label={`Edit ${mode.center.code}`}>
            Edit
          </Button>
        )}
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>{mode.kind === "create" ? "Add service center" : `Edit ${mode.center.code}`}</DialogTitle>
            <DialogDescription>Changing the code affects only work orders opened afterwards.</DialogDescription>
          </DialogHeader>
          <Field>
            <FieldLabel>Name</FieldLabel>
            <FieldControl>
              <Input placeholder="e.g. Knoxville McGhee Tyson" autoComplete="off" {...form.register("name")} />
            </FieldControl>
            <FieldError errors={[errors.name]} />
          </Field>
          <Field>
            <FieldLabel>Code</FieldLabel>
            <FieldControl>
              <Input placeholder="KTYS" autoComplete="off" className="font-mono uppercase" {...form.register("code")} />
            </FieldControl>
            <FieldDescription>2–10 letters or digits, such as an airport code.</FieldDescription>
            <FieldError errors={[errors.code]} />
          </Field>
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <Field>
                <FieldControl>
                  <Checkbox
                    checked={field.value ?? true}
                    onCheckedChange={(checked) => field.onChange(checked === true)}
                  />
                </FieldControl>
                <FieldLabel>Active (new work orders may use it)</FieldLabel>
              </Field>
            )}
          />
          <FormAlert message={errors.root?.message} />
          <DialogFormActions onCancel={() => setOpen(false)} isPending={isPending}>
            Save
          </DialogFormActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}

"use client";
// Create an API key: name and role → the key, shown this one time with a copy button.
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRoundIcon, TriangleAlertIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field, FieldControl, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { apiKeyInputSchema, type ApiKeyRole } from "@/lib/api-keys/schemas";
import { applyActionError } from "@/lib/form-errors";
import { CopyButton } from "../../_components/copy-button";
import { FormAlert } from "@/components/form/form-alert";
import { RoleSelect } from "../../_components/role-select";

const emptyKey = { name: "", role: "staff" as ApiKeyRole };

export function CreateApiKeyDialog({ roles }: { roles: readonly ApiKeyRole[] }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(apiKeyInputSchema), defaultValues: emptyKey });
  const { errors } = form.formState;

  function changeOpen(next: boolean) {
    setOpen(next);
    if (!next) {
      // The secret leaves memory with the dialog: it can never be shown again.
      setCreated(null);
      form.reset(emptyKey);
    }
  }

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await createApiKeyAction(values);
      if ("error" in result) return applyActionError(form, result.error);
      setCreated({ name: result.data.name, key: result.data.key });
    }),
  );

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button>
          <KeyRoundIcon aria-hidden="true" />
          Create API key
        </Button>
      </DialogTrigger>
      <DialogContent onInteractOutside={(event) => created && event.preventDefault()}>
        {created ? (
          <div className="flex flex-col gap-4">
            <DialogHeader>
              <DialogTitle>API key created</DialogTitle>
              <DialogDescription>“{created.name}” is ready to use.</DialogDescription>
            </DialogHeader>
            <p
              role="alert"
              className="flex gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
            >
              <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
              Copy this key now and store it somewhere safe. It will not be shown again.
            </p>
            <Field>
              <FieldLabel>API key</FieldLabel>
              <div className="flex w-full gap-2">
                <FieldControl>
                  <Input
                    readOnly
                    value={created.key}
                    className="font-mono text-xs"
                    onFocus={(e) => e.currentTarget.select()}
                  />
                </FieldControl>
                <CopyButton value={created.key} />
              </div>
            </Field>
            <DialogFooter>
              <Button type="button" onClick={() => changeOpen(false)}>
                I have copied the key
              </Button>
            </DialogFooter>
          </div>
        ) : (
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <DialogHeader>
              <DialogTitle>Create API key</DialogTitle>
              <DialogDescription>Give each integration its own key, with the least role it needs.</DialogDescription>
            </DialogHeader>
            <Field>
              <FieldLabel>Name</FieldLabel>
              <FieldControl>
                <Input placeholder="e.g. ERP sync" autoComplete="off" {...form.register("name")} />
              </FieldControl>
              <FieldError errors={[errors.name]} />
            </Field>
            <Field>
              <FieldLabel>Role</FieldLabel>
              <FieldControl>
                <RoleSelect roles={roles} {...form.register("role")} />
              </FieldControl>
              <FieldError errors={[errors.role]} />
            </Field>
            <FormAlert message={errors.root?.message} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => changeOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={isPending}>
                Create key
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

"use client";
// Create an API key: name and role → the key, shown this one time with a copy button.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRoundIcon } from "lucide-react";
import { TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { apiKeyInputSchema, type ApiKeyRole } from "@/lib/api-keys/schemas";
import { RoleField } from "../../_components/role-field";
import { ShownOnceDialog, useShownOnceDialog } from "../../_components/shown-once-dialog";

const emptyKey = { name: "", role: "staff" as ApiKeyRole };

export function CreateApiKeyDialog({ roles }: { roles: readonly ApiKeyRole[] }) {
  const form = useForm({ resolver: zodResolver(apiKeyInputSchema), defaultValues: emptyKey });
  const dialog = useShownOnceDialog(form, {
    initial: emptyKey,
    save: createApiKeyAction,
    reveal: ({ name, key }) => ({
      title: "API key created",
      description: `“${name}” is ready to use.`,
      warning: "Copy this key now and store it somewhere safe. It will not be shown again.",
      label: "API key",
      value: key,
      doneLabel: "I have copied the key",
    }),
  });

  return (
    <ShownOnceDialog
      dialog={dialog}
      schema={apiKeyInputSchema}
      trigger={
        <Button>
          <KeyRoundIcon aria-hidden="true" />
          Create API key
        </Button>
      }
      title="Create API key"
      description="Give each integration its own key, with the least role it needs."
      submitLabel="Create key"
    >
      <TextField<typeof emptyKey> name="name" label="Name" placeholder="e.g. ERP sync" autoComplete="off" />
      <RoleField roles={roles} />
    </ShownOnceDialog>
  );
}

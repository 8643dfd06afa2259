"use client";
// Create a webhook endpoint: URL, event types, field filter, description → the signing secret, shown once.
import { useForm, useFormContext } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { WebhookIcon } from "lucide-react";
import { TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import { eventTypes } from "@/lib/events/types";
import { createWebhookEndpointAction } from "@/lib/webhooks/actions";
import { splitFieldFilter, webhookEndpointFormSchema, type WebhookEndpointFormValues } from "@/lib/webhooks/schemas";
import { ShownOnceDialog, useShownOnceDialog } from "../../_components/shown-once-dialog";

const emptyEndpoint: WebhookEndpointFormValues = { url: "", description: "", eventTypes: [], fieldFilter: "" };

function EventTypesField() {
  const { register } = useFormContext<WebhookEndpointFormValues>();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Event types</legend>
      <p className="text-xs text-muted-foreground">None checked: every event.</p>
      <div className="grid max-h-48 grid-cols-1 gap-1 overflow-y-auto rounded-md border p-2 sm:grid-cols-2">
        {eventTypes.map((type) => (
          <label key={type} className="flex min-h-6 items-center gap-2 font-mono text-xs">
            {/* 24 px: a touch target (axe target-size) in a list this dense. */}
            <input type="checkbox" className="size-6 shrink-0" value={type} {...register("eventTypes")} />
            {type}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CreateWebhookDialog() {
  const form = useForm({ resolver: zodResolver(webhookEndpointFormSchema), defaultValues: emptyEndpoint });
  const dialog = useShownOnceDialog(form, {
    initial: emptyEndpoint,
    save: (values: WebhookEndpointFormValues) =>
      createWebhookEndpointAction({ ...values, fieldFilter: splitFieldFilter(values.fieldFilter) }),
    reveal: ({ endpoint, secret }) => ({
      title: "Webhook endpoint created",
      description: `${endpoint.url} receives events from now on.`,
      warning: "Copy this signing secret now: it verifies every request and will not be shown again.",
      label: "Signing secret",
      value: secret,
      doneLabel: "I have copied the secret",
    }),
  });

  return (
    <ShownOnceDialog
      dialog={dialog}
      schema={webhookEndpointFormSchema}
      trigger={
        <Button>
          <WebhookIcon aria-hidden="true" />
          Add endpoint
        </Button>
      }
      title="Add webhook endpoint"
      description="Events are sent as signed POST requests to this https URL."
      submitLabel="Add endpoint"
    >
      <TextField<WebhookEndpointFormValues>
        name="url"
        label="Endpoint URL"
        placeholder="https://example.com/webhooks"
        autoComplete="off"
      />
      <TextField<WebhookEndpointFormValues> name="description" label="Description" autoComplete="off" />
      <EventTypesField />
      <TextField<WebhookEndpointFormValues>
        name="fieldFilter"
        label="Only when these fields changed"
        description="Comma-separated, e.g. status, ownerId. Empty: any change."
        autoComplete="off"
      />
    </ShownOnceDialog>
  );
}

"use client";
// The per-kind choices of Settings → Notifications: one row per kind, "In the inbox" and "By email".
import * as React from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/form-actions";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { notificationKindLabels, type NotificationKind } from "@/lib/notifications/kinds";
import { notificationPreferencesSchema, type NotificationPreferencesInput } from "@/lib/notifications/schemas";
import { applyActionError } from "@/lib/form-errors";

interface Props {
  initial: NotificationPreferencesInput;
  kinds: NotificationKind[];
  emailConfigured: boolean;
}

export function NotificationPreferencesForm({ initial, kinds, emailConfigured }: Props) {
  const form = useForm<NotificationPreferencesInput>({
    resolver: zodResolver(notificationPreferencesSchema),
    defaultValues: initial,
  });
  const [isPending, startTransition] = React.useTransition();
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await saveNotificationPreferencesAction(values);
      if ("error" in result) applyActionError(form, result.error);
      else {
        form.reset(values);
        toast.success("Notification settings saved");
      }
    }),
  );

  return (
    <form onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormAlert message={form.formState.errors.root?.message} />
      {emailConfigured ? null : (
        <p className="rounded-md border bg-muted/50 px-3 py-2 text-sm text-muted-foreground">
          Email is not configured on this server (no SMTP_URL), so nothing is sent by email; your choices are kept for
          when it is.
        </p>
      )}
      <ul className="flex flex-col divide-y rounded-md border">
        {kinds.map((kind) => (
          <li key={kind} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0">
              <p className="text-sm font-medium" id={`${kind}-label`}>
                {notificationKindLabels[kind].label}
              </p>
              <p className="text-sm text-muted-foreground">{notificationKindLabels[kind].description}</p>
            </div>
            <div role="group" aria-labelledby={`${kind}-label`} className="flex shrink-0 gap-4">
              {(["inApp", "email"] as const).map((channel) => (
                <Controller
                  key={channel}
                  control={form.control}
                  name={`${kind}.${channel}`}
                  render={({ field }) => (
                    <div className="flex items-center gap-2">
                      <Checkbox
                        id={`${kind}-${channel}`}
                        checked={field.value}
                        onCheckedChange={(checked) => field.onChange(checked === true)}
                        aria-label={`${notificationKindLabels[kind].label}: ${channel === "inApp" ? "in the inbox" : "by email"}`}
                      />
                      <Label htmlFor={`${kind}-${channel}`} className="font-normal">
                        {channel === "inApp"
                          ? "In the inbox"
                          : emailConfigured
                            ? "By email"
                            : "By email (not configured)"}
                      </Label>
                    </div>
                  )}
                />
              ))}
            </div>
          </li>
        ))}
      </ul>
      <div>
        <SubmitButton isPending={isPending}>Save notification settings</SubmitButton>
      </div>
    </form>
  );
}

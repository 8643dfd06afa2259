"use client";

// Adds a note, call, email or meeting to the timeline (staff and up); "when" is in the user's time zone.
import * as React from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { UnsavedChangesGuard } from "@/components/form/unsaved-changes";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { CheckboxField, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/form-actions";
import { logActivityAction } from "@/lib/activity/actions";
import {
  activityTypeLabels,
  logActivitySchema,
  loggedActivityTypes,
  type LogActivityInput,
} from "@/lib/activity/schemas";
import { applyActionError } from "@/lib/form-errors";
import { useDisplayPrefs } from "@/components/display-prefs";
import { instantOfWallTime } from "@/lib/zoned-bounds";

const typeOptions = loggedActivityTypes.map((type) => ({ value: type, label: activityTypeLabels[type] }));
const blank: LogActivityInput = { type: "note", summary: "", body: "", occurredAt: "", sensitive: false };

export function LogActivityForm({ customerId }: { customerId: string }) {
  const router = useRouter();
  const { timeZone } = useDisplayPrefs();
  const [isPending, startTransition] = React.useTransition();
  const form = useForm<LogActivityInput>({
    resolver: zodResolver(logActivitySchema, undefined, { raw: true }),
    defaultValues: blank,
  });

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      // datetime-local has no zone: read it in the user's (the one the timeline shows), and send an instant.
      const occurredAt =
        typeof values.occurredAt === "string" && values.occurredAt
          ? instantOfWallTime(values.occurredAt, timeZone).toISOString()
          : null;
      const result = await logActivityAction({ ...values, occurredAt, customerId });
      if ("error" in result) {
        applyActionError(form, result.error);
        return;
      }
      toast.success(`${activityTypeLabels[values.type]} added`);
      form.reset(blank);
      router.refresh();
    }),
  );

  return (
    <FormProvider {...form}>
      <UnsavedChangesGuard />
      <form
        onSubmit={onSubmit}
        aria-label="Add to timeline"
        className="grid gap-4 rounded-xl border bg-card p-4 sm:grid-cols-[10rem_1fr_14rem]"
      >
        <SelectField<LogActivityInput> name="type" label="Type" options={typeOptions} />
        <TextField<LogActivityInput> name="summary" label="Summary" maxLength={300} />
        <TextField<LogActivityInput> name="occurredAt" label="When" type="datetime-local" />
        <TextareaField<LogActivityInput> name="body" label="Details" className="sm:col-span-3" />
        <CheckboxField<LogActivityInput>
          name="sensitive"
          label="Sensitive — stored encrypted, shown only to staff and above"
          className="sm:col-span-3"
        />
        {form.formState.errors.root ? (
          <p role="alert" className="text-sm text-destructive sm:col-span-3">
            {form.formState.errors.root.message}
          </p>
        ) : null}
        <div className="flex justify-end sm:col-span-3">
          <SubmitButton isPending={isPending}>Add to timeline</SubmitButton>
        </div>
      </form>
    </FormProvider>
  );
}

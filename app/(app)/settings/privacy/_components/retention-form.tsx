"use client";
// Settings → Privacy: the retention periods the nightly job applies and the work-order legal hold.
import * as React from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";

import { CheckboxField, FormSection, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/form-actions";
import { UnsavedChangesGuard } from "@/components/form/unsaved-changes";
import { applyActionError } from "@/lib/form-errors";
import { updatePrivacySettingsAction } from "@/lib/privacy/actions";
import { privacySettingsSchema, type PrivacySettings, type PrivacySettingsInput } from "@/lib/privacy/settings-schema";

/** The form's values: periods as the text of their inputs, "" for "keep forever". */
const formValues = (settings: PrivacySettings): PrivacySettingsInput => ({
  retentionArchivedCustomerMonths: settings.retentionArchivedCustomerMonths?.toString() ?? "",
  retentionActivityMonths: settings.retentionActivityMonths?.toString() ?? "",
  retentionImportDays: settings.retentionImportDays.toString(),
  workOrderLegalHold: settings.workOrderLegalHold,
});

const Period = TextField<PrivacySettingsInput>;

export function RetentionForm({ initial }: { initial: PrivacySettings }) {
  const form = useForm<PrivacySettingsInput, unknown, PrivacySettings>({
    resolver: zodResolver(privacySettingsSchema),
    defaultValues: formValues(initial),
  });
  const [isPending, startTransition] = React.useTransition();

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await updatePrivacySettingsAction(values);
      if ("error" in result) applyActionError(form, result.error);
      else {
        form.reset(formValues(result.data));
        toast.success("Privacy settings saved");
      }
    }),
  );

  return (
    <FormProvider {...form}>
      <UnsavedChangesGuard />
      <form onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-4" noValidate>
        <FormSection title="Retention">
          <Period
            name="retentionArchivedCustomerMonths"
            label="Erase archived customers after (months)"
            description="Personal data of customers archived this long is erased; work orders are kept. Empty: never."
            inputMode="numeric"
            placeholder="Never"
          />
          <Period
            name="retentionActivityMonths"
            label="Delete hand-logged activity after (months)"
            description="Notes, calls, emails and meetings older than this. Field changes, merges and transfers are kept. Empty: never."
            inputMode="numeric"
            placeholder="Never"
          />
          <Period
            name="retentionImportDays"
            label="Purge import files after (days)"
            description="Uploaded files, their staged rows and unfinished uploads older than this."
            inputMode="numeric"
          />
        </FormSection>
        <FormSection title="Work orders">
          <CheckboxField<PrivacySettingsInput>
            name="workOrderLegalHold"
            label="Keep the customer's name on work orders when erasing"
            description="For shops that must keep maintenance records under the owner's name (legal hold). Otherwise an erased customer's work orders read “Erased customer”."
            className="sm:col-span-2"
          />
        </FormSection>
        <FormAlert message={form.formState.errors.root?.message} />
        <div>
          <SubmitButton isPending={isPending} disabled={!form.formState.isDirty}>
            Save
          </SubmitButton>
        </div>
      </form>
    </FormProvider>
  );
}

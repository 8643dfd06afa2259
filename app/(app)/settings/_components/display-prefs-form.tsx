"use client";
// The time zone (searchable) and locale pickers of Settings → Preferences and Settings → Organization, with
// a sample of how times will read.
import * as React from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, FormProvider, useForm, useWatch } from "react-hook-form";
import { UnsavedChangesGuard } from "@/components/form/unsaved-changes";
import { toast } from "sonner";

import { AsyncCombobox, type ComboboxOption } from "@/components/async-combobox";
import { useNow } from "@/components/display-prefs";
import { LabelledField, SelectField, type SelectOption } from "@/components/form/fields";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/form-actions";
import { displayPrefsSchema, type DisplayPrefs, type DisplayPrefsInput } from "@/lib/display-prefs";
import { formatDateTime } from "@/lib/format";
import { applyActionError } from "@/lib/form-errors";
import type { ActionResult } from "@/lib/safe-action";

const MAX_SHOWN = 50;

type DisplayPrefsFormProps = {
  initial: DisplayPrefs;
  zones: ComboboxOption[];
  locales: SelectOption[];
  save: (input: DisplayPrefsInput) => Promise<ActionResult<DisplayPrefs>>;
  zoneDescription: string;
  localeDescription: string;
};

const searchKey = (text: string) => text.toLowerCase().replace(/[_\s/]+/g, " ");

export function DisplayPrefsForm({
  initial,
  zones,
  locales,
  save,
  zoneDescription,
  localeDescription,
}: DisplayPrefsFormProps) {
  const form = useForm<DisplayPrefsInput, unknown, DisplayPrefs>({
    resolver: zodResolver(displayPrefsSchema),
    defaultValues: initial,
  });
  const [isPending, startTransition] = React.useTransition();
  const now = useNow();
  const search = React.useCallback(
    async (query: string) => {
      const words = searchKey(query).split(" ").filter(Boolean);
      const matches = zones.filter((zone) => words.every((word) => searchKey(zone.label).includes(word)));
      return matches.slice(0, MAX_SHOWN);
    },
    [zones],
  );
  const [timeZone, locale] = useWatch({ control: form.control, name: ["timeZone", "locale"] });

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await save(values);
      if ("error" in result) applyActionError(form, result.error);
      else {
        form.reset(result.data);
        toast.success("Preferences saved");
      }
    }),
  );

  return (
    <FormProvider {...form}>
      <UnsavedChangesGuard />
      <form onSubmit={onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
        <Controller
          control={form.control}
          name="timeZone"
          render={({ field, fieldState }) => (
            <LabelledField label="Time zone" description={zoneDescription} error={fieldState.error}>
              <AsyncCombobox
                label="Time zone"
                value={zones.find((zone) => zone.value === field.value) ?? { value: field.value, label: field.value }}
                onChange={(option) => option && field.onChange(option.value)}
                search={search}
                clearable={false}
                invalid={Boolean(fieldState.error)}
              />
            </LabelledField>
          )}
        />
        <SelectField<DisplayPrefsInput>
          name="locale"
          label="Date and number format"
          description={localeDescription}
          options={locales}
        />
        <p className="text-sm text-muted-foreground">
          Times will read like this:{" "}
          <span className="font-medium text-foreground">{formatDateTime(now, { timeZone, locale })}</span>
        </p>
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

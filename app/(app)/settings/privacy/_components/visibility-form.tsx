"use client";
// Settings → Privacy: who sees every customer's full details (lib/privacy/visibility.ts).
import * as React from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { updateVisibilitySettingsAction } from "@/lib/privacy/actions";
import { visibilityModeLabels, visibilityModes, type VisibilityMode } from "@/lib/privacy/visibility-modes";

export function VisibilityForm({ initial }: { initial: VisibilityMode }) {
  const [saved, setSaved] = React.useState(initial);
  const [mode, setMode] = React.useState(initial);
  const [error, setError] = React.useState<string | null>(null);
  const [isPending, startTransition] = React.useTransition();
  const headingId = React.useId();

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await updateVisibilitySettingsAction({ visibilityMode: mode });
      if ("error" in result) setError(result.error.message);
      else {
        setError(null);
        setSaved(result.data.visibilityMode);
        toast.success("Visibility saved");
      }
    });
  };

  return (
    <section aria-labelledby={headingId} className="max-w-3xl rounded-xl border bg-card p-6 shadow-xs">
      <h2 id={headingId} className="mb-4 text-base font-semibold">
        Customer visibility
      </h2>
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <fieldset className="flex flex-col gap-3">
          <legend className="sr-only">Who sees every customer&apos;s details</legend>
          {visibilityModes.map((value) => (
            <label key={value} className="flex items-start gap-3 text-sm">
              <input
                type="radio"
                name="visibilityMode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
                className="mt-1 size-4 accent-primary"
              />
              <span>
                <span className="font-medium">{visibilityModeLabels[value].label}</span>
                <span className="block text-muted-foreground">{visibilityModeLabels[value].description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        <div>
          <Button type="submit" disabled={isPending || mode === saved}>
            {isPending ? "Saving…" : "Save visibility"}
          </Button>
        </div>
      </form>
    </section>
  );
}

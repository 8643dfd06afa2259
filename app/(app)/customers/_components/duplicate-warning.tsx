"use client";
// The customer form's "possible duplicates" panel: each candidate with why it matched and its score,
// to open (new tab), to merge into, or to wave through. Announced politely; it never blocks saving.
import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { UseFormReturn } from "react-hook-form";
import { toast } from "sonner";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { FormAlert } from "@/components/form/form-alert";
import { useDisplayPrefs } from "@/components/display-prefs";
import { fieldLabel, formatValue } from "@/lib/activity/format";
import { fillEmptyFieldsAction, previewFillEmptyFieldsAction } from "@/lib/duplicates/actions";
import type { FillPreview } from "@/lib/duplicates/fill-empty";
import { describeReason } from "@/lib/duplicates/format";
import type { DuplicateCandidate } from "@/lib/duplicates/schemas";
import type { CustomerFormValues } from "./customer-form-values";
import type { DuplicateCheck } from "./use-duplicate-check";

type DuplicateWarningProps = {
  check: DuplicateCheck;
  form: UseFormReturn<CustomerFormValues>;
  /** The customer being edited; absent on the new-customer form. */
  customerId?: string;
  /** Whether the user may merge customers (the edit form links to the merge page). */
  canMerge: boolean;
  /** Tier ids → names, for the fill preview. */
  tierLabels: Record<string, string>;
};

export function DuplicateWarning({ check, form, customerId, canMerge, tierLabels }: DuplicateWarningProps) {
  const [filling, setFilling] = React.useState<DuplicateCandidate | null>(null);
  const { shown } = check;
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {shown.length > 0 ? (
        <section
          aria-labelledby="possible-duplicates-heading"
          className="flex flex-col gap-3 rounded-md border border-amber-400/60 bg-amber-50 p-4 text-sm dark:bg-amber-950/30"
        >
          <h2 id="possible-duplicates-heading" className="font-semibold">
            {shown.length === 1 ? "Possible duplicate" : `${shown.length} possible duplicates`}
          </h2>
          <ul className="flex flex-col gap-3">
            {shown.map((candidate) => (
              <li key={candidate.id} className="flex flex-col gap-2 rounded-md border bg-background p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium break-all">{candidate.name}</span>
                  {candidate.archived ? <Badge variant="secondary">Archived</Badge> : null}
                  <Badge variant="outline">Score {candidate.score}</Badge>
                </div>
                <ul className="list-disc pl-5 text-muted-foreground">
                  {candidate.reasons.map((reason, i) => (
                    <li key={i}>{describeReason(reason)}</li>
                  ))}
                </ul>
                <div className="flex flex-wrap gap-2">
                  <Button asChild variant="outline" size="sm">
                    <Link href={`/customers/${candidate.id}`} target="_blank" rel="noopener">
                      Open<span className="sr-only"> {candidate.name} in a new tab</span>
                    </Link>
                  </Button>
                  {customerId ? (
                    canMerge ? (
                      <Button asChild variant="outline" size="sm">
                        <Link href={`/customers/merge?ids=${candidate.id},${customerId}`}>
                          Merge into it<span className="sr-only"> ({candidate.name})</span>
                        </Link>
                      </Button>
                    ) : null
                  ) : (
                    <Button type="button" variant="outline" size="sm" onClick={() => setFilling(candidate)}>
                      Merge into it<span className="sr-only"> ({candidate.name})</span>
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <div>
            <Button type="button" variant="secondary" size="sm" onClick={check.dismiss}>
              Continue anyway
            </Button>
          </div>
        </section>
      ) : null}
      {filling ? (
        <FillEmptyFieldsDialog
          candidate={filling}
          form={form}
          tierLabels={tierLabels}
          onClose={() => setFilling(null)}
        />
      ) : null}
    </div>
  );
}

/** "Merge into it" on the new form: the typed values fill the existing customer's empty fields, once confirmed. */
function FillEmptyFieldsDialog({
  candidate,
  form,
  tierLabels,
  onClose,
}: {
  candidate: DuplicateCandidate;
  form: UseFormReturn<CustomerFormValues>;
  tierLabels: Record<string, string>;
  onClose: () => void;
}) {
  const router = useRouter();
  const prefs = useDisplayPrefs();
  const [preview, setPreview] = React.useState<FillPreview | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [isPending, startTransition] = React.useTransition();
  const values = React.useMemo(() => form.getValues(), [form]);

  React.useEffect(() => {
    startTransition(async () => {
      const result = await previewFillEmptyFieldsAction({ ...values, id: candidate.id });
      if ("error" in result) setError(result.error.message);
      else setPreview(result.data);
    });
  }, [candidate.id, values]);

  const changes = Object.entries(preview?.changes ?? {});
  const goToCandidate = () => {
    // The typed values now live on the existing customer (or were not needed): nothing is left unsaved.
    form.reset(values);
    router.push(`/customers/${candidate.id}`);
  };
  const confirm = () => {
    if (!preview) return;
    if (changes.length === 0) return goToCandidate();
    startTransition(async () => {
      const result = await fillEmptyFieldsAction({ ...values, id: candidate.id, version: preview.version });
      if ("error" in result) return setError(result.error.message);
      toast.success(`${candidate.name} updated`);
      goToCandidate();
    });
  };

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Merge into ${candidate.name}?`}
      description={
        !preview
          ? "Reading what would change…"
          : changes.length === 0
            ? `${candidate.name} already has everything you typed. Nothing is created; you go to that customer.`
            : `Nothing is created. These empty fields of ${candidate.name} get what you typed; its other fields stay as they are.`
      }
      confirmLabel={changes.length === 0 ? "Go to customer" : "Fill and open"}
      isPending={isPending || !preview}
      onConfirm={confirm}
    >
      {changes.length > 0 ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {changes.map(([field, change]) => (
            <React.Fragment key={field}>
              <dt className="text-muted-foreground">{fieldLabel(field)}</dt>
              <dd className="break-all">{formatValue(change.to, tierLabels, prefs)}</dd>
            </React.Fragment>
          ))}
        </dl>
      ) : null}
      <FormAlert message={error ?? undefined} />
    </ConfirmDialog>
  );
}

"use client";

// The merge page's form: which customer survives (switching reloads the dry run), one radio group per
// field whose values differ (stacked cards on a phone, side by side from sm up), what moves, and a
// confirmation; after merging, the survivor's page with an Undo toast.
import * as React from "react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { toast } from "sonner";

import { ConfirmDialog } from "@/components/confirm-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { mergeCustomersAction, undoMergeAction } from "@/lib/customers/merge/actions";
import { describeMoves } from "@/lib/customers/merge/describe";
import type { MergeComparison } from "@/lib/customers/merge/queries";
import { mergeFieldGroupLabels, mergeFieldGroupNames, type MergeFieldGroup } from "@/lib/customers/merge/schemas";
import { cn } from "@/lib/utils";

type Choices = Partial<Record<MergeFieldGroup, string>>;

function ChoiceCard({
  name,
  value,
  checked,
  onChange,
  title,
  text,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  title: string;
  text: string;
}) {
  return (
    <label
      className={cn(
        "flex min-w-0 cursor-pointer items-start gap-3 rounded-md border p-3 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
        checked && "border-primary ring-1 ring-primary",
      )}
    >
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} className="mt-0.5 size-4" />
      <span className="min-w-0">
        <span className="block text-xs text-muted-foreground">{title}</span>
        <span className="block break-words">{text || <em className="text-muted-foreground">Empty</em>}</span>
      </span>
    </label>
  );
}

export function MergeForm({ comparison }: { comparison: MergeComparison }) {
  const router = useRouter();
  const pathname = usePathname();
  const { customers, plan, movedAssets } = comparison;
  const survivor = customers.find((customer) => customer.id === plan.survivorId)!;
  const defaults = Object.fromEntries(mergeFieldGroupNames.map((group) => [group, plan.fields[group].from])) as Choices;
  const [choices, setChoices] = React.useState<Choices>(defaults);
  const [confirming, setConfirming] = React.useState(false);
  const [isPending, startTransition] = React.useTransition();
  const differing = mergeFieldGroupNames.filter((group) => plan.fields[group].differs);
  const moves = describeMoves(plan, movedAssets);
  const count = customers.length;

  const chooseSurvivor = (id: string) => {
    const ids = [id, ...customers.map((customer) => customer.id).filter((other) => other !== id)];
    router.replace(`${pathname}?ids=${ids.join(",")}`, { scroll: false });
  };

  const merge = () =>
    startTransition(async () => {
      const result = await mergeCustomersAction({
        survivorId: plan.survivorId,
        from: plan.mergedIds,
        fields: choices,
        versions: Object.fromEntries(customers.map((customer) => [customer.id, customer.version])),
      });
      if ("error" in result) {
        toast.error(result.error.message);
        setConfirming(false);
        return;
      }
      const { mergeId, survivorId } = result.data;
      const undo = async () => {
        const undone = await undoMergeAction({ survivorId, mergeId });
        if ("error" in undone) toast.error(undone.error.message);
        else {
          toast.success("Merge undone");
          router.refresh();
        }
      };
      toast.success(`Merged ${count} customers into ${survivor.name}`, {
        duration: 15_000,
        action: { label: "Undo", onClick: () => void undo() },
      });
      router.push(`/customers/${survivorId}`);
    });

  return (
    <div className="flex flex-col gap-6">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-lg font-semibold">Customer to keep</legend>
        <p className="text-sm text-muted-foreground">
          The others are merged into it and their pages lead to it from then on.
        </p>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {customers.map((customer) => (
            <ChoiceCard
              key={customer.id}
              name="survivor"
              value={customer.id}
              checked={customer.id === plan.survivorId}
              onChange={() => chooseSurvivor(customer.id)}
              title={customer.id === plan.survivorId ? "Keeps its page" : "Merged into the kept customer"}
              text={`${customer.name}${customer.archived ? " (archived)" : ""}`}
            />
          ))}
        </div>
        <p className="text-sm">
          {customers.map((customer, index) => (
            <React.Fragment key={customer.id}>
              {index > 0 ? " · " : null}
              <Link href={`/customers/${customer.id}`} className="underline underline-offset-4">
                Open {customer.name}
              </Link>
            </React.Fragment>
          ))}
        </p>
      </fieldset>

      <section aria-labelledby="merge-values" className="flex flex-col gap-4">
        <h2 id="merge-values" className="text-lg font-semibold">
          Values to keep
        </h2>
        {differing.length === 0 ? (
          <p className="text-sm text-muted-foreground">Every field has the same value on these customers.</p>
        ) : (
          differing.map((group) => (
            <fieldset key={group} className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium">{mergeFieldGroupLabels[group]}</legend>
              <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {customers.map((customer) => (
                  <ChoiceCard
                    key={customer.id}
                    name={`field-${group}`}
                    value={customer.id}
                    checked={choices[group] === customer.id}
                    onChange={() => setChoices((previous) => ({ ...previous, [group]: customer.id }))}
                    title={customer.name}
                    text={customer.values[group]}
                  />
                ))}
              </div>
            </fieldset>
          ))
        )}
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">Tags (all kept):</span>
          {plan.tags.length > 0 ? (
            plan.tags.map((tag) => (
              <Badge key={tag} variant="secondary">
                {tag}
              </Badge>
            ))
          ) : (
            <span className="text-muted-foreground">None</span>
          )}
        </div>
      </section>

      <section aria-labelledby="merge-moves" className="flex flex-col gap-2">
        <h2 id="merge-moves" className="text-lg font-semibold">
          What moves to {survivor.name}
        </h2>
        <p className="text-sm">{moves ? `${moves}.` : "Nothing besides the merged customers' details."}</p>
        {plan.moves.assetLinks.collapsed.length > 0 ? (
          <p className="text-sm text-muted-foreground">
            {plan.moves.assetLinks.collapsed.length} aircraft or vehicle link(s) to assets {survivor.name} is already
            linked to are combined into its link, keeping the earliest start.
          </p>
        ) : null}
        {plan.moves.contacts.duplicateIds.length > 0 ? (
          <p className="text-sm text-muted-foreground">
            {plan.moves.contacts.duplicateIds.length} contact(s) with an email {survivor.name} already has are kept as
            deleted contacts (restorable).
          </p>
        ) : null}
      </section>

      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setConfirming(true)}>Merge {count} customers</Button>
        <Button variant="outline" asChild>
          <Link href={`/customers/${survivor.id}`}>Cancel</Link>
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Merge ${count} customers into ${survivor.name}?`}
        description={`This moves ${moves ?? "nothing else"}. The other ${count - 1 === 1 ? "customer" : "customers"} will lead to ${survivor.name}. You can undo the merge while nothing changes.`}
        confirmLabel="Merge"
        isPending={isPending}
        onConfirm={merge}
      />
    </div>
  );
}

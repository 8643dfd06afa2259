"use client";
// One possible-duplicate pair: both customers side by side (stacked on a phone), the proposed survivor
// first, why they match and the score; "Merge…" opens the merge page, "Not a duplicate" dismisses the
// pair with Undo in the toast.
import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { GitMergeIcon, XIcon } from "lucide-react";
import { toast } from "sonner";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { dismissDuplicatePairAction, restoreDuplicatePairAction } from "@/lib/duplicate-pairs/actions";
import type { DuplicatePairResource } from "@/lib/duplicate-pairs/resource";
import { describeReason } from "@/lib/duplicate-pairs/rules";

type PairSide = DuplicatePairResource["customers"][number];

function CustomerSide({ customer, survivor }: { customer: PairSide; survivor: boolean }) {
  const fields = [
    ["Account", customer.accountNumber],
    ["Email", customer.email],
    ["Phone", customer.phoneDisplay],
    ["City", customer.city],
  ] as const;
  return (
    <div className="flex min-w-0 flex-col gap-2 rounded-md border p-3">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={`/customers/${customer.id}`} className="font-medium break-words underline-offset-4 hover:underline">
          {customer.name}
        </Link>
        {survivor ? <Badge variant="secondary">Proposed survivor</Badge> : null}
        {customer.archived ? <Badge variant="outline">Archived</Badge> : null}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {fields.map(([label, value]) => (
          <React.Fragment key={label}>
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="min-w-0 break-words">{value || "—"}</dd>
          </React.Fragment>
        ))}
      </dl>
    </div>
  );
}

export function PairCard({ pair }: { pair: DuplicatePairResource }) {
  const router = useRouter();
  const [isPending, startTransition] = React.useTransition();
  const [survivor, other] = pair.customers;
  const customerIds: [string, string] = [survivor.id, other.id];
  const title = `${survivor.name} and ${other.name}`;

  const undo = async () => {
    const result = await restoreDuplicatePairAction({ customerIds });
    if ("error" in result) toast.error(result.error.message);
    else {
      toast.success("The pair is back on the list");
      router.refresh();
    }
  };

  function dismiss() {
    startTransition(async () => {
      const result = await dismissDuplicatePairAction({ customerIds });
      if ("error" in result) toast.error(result.error.message);
      else
        toast("Marked as not a duplicate", {
          description: title,
          action: { label: "Undo", onClick: () => void undo() },
        });
    });
  }

  return (
    <article aria-label={title} className="flex flex-col gap-3 rounded-lg border p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge className="tabular-nums" aria-label={`Score ${pair.score} of 100`}>
          Score {pair.score}
        </Badge>
        {pair.reasons.map((reason, index) => (
          <Badge key={index} variant="outline" className="max-w-full break-all whitespace-normal">
            {describeReason(reason)}
          </Badge>
        ))}
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <CustomerSide customer={survivor} survivor />
        <CustomerSide customer={other} survivor={false} />
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="outline" size="sm" onClick={dismiss} disabled={isPending}>
          <XIcon aria-hidden="true" />
          Not a duplicate
        </Button>
        <Button asChild size="sm">
          <Link href={pair.mergeHref}>
            <GitMergeIcon aria-hidden="true" />
            Merge…
          </Link>
        </Button>
      </div>
    </article>
  );
}

"use client";

// One timeline entry: icon, summary, who and when, details or the field diff, and Revert for managers.
import * as React from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import {
  CalendarIcon,
  HistoryIcon,
  LockIcon,
  MailIcon,
  PhoneIcon,
  StickyNoteIcon,
  Undo2Icon,
  type LucideIcon,
} from "lucide-react";

import { ConfirmDialog } from "@/components/confirm-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { revertActivityAction } from "@/lib/activity/actions";
import { undoMergeAction } from "@/lib/customers/merge/actions";
import { useDisplayPrefs } from "@/components/display-prefs";
import { fieldLabel, formatChangeValue } from "@/lib/activity/format";
import { formatDateTime, formatDateTimeWithZone, formatTime } from "@/lib/format";
import { isRevertible } from "@/lib/activity/revertible";
import type { ActivityItem } from "@/lib/activity/queries";
import { activityTypeLabels } from "@/lib/activity/schemas";

const icons: Record<ActivityItem["type"], LucideIcon> = {
  change: HistoryIcon,
  note: StickyNoteIcon,
  call: PhoneIcon,
  email: MailIcon,
  meeting: CalendarIcon,
};

function actorOf(item: ActivityItem): string {
  if (item.actorName) return item.actorName;
  if (item.actorKind === "system") return "Retention policy";
  return item.actorKind === "apiKey" ? "API key" : "Someone";
}

function FieldDiff({ item }: { item: ActivityItem }) {
  const prefs = useDisplayPrefs();
  return (
    <dl className="mt-2 grid gap-1 text-sm">
      {Object.keys(item.changes ?? {}).map((field) => (
        <div key={field} className="flex flex-wrap gap-x-2">
          <dt className="font-medium">{fieldLabel(field)}:</dt>
          <dd>
            <span className="text-muted-foreground line-through">{formatChangeValue(item, field, "from", prefs)}</span>{" "}
            → <span>{formatChangeValue(item, field, "to", prefs)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RevertButton({ customerId, item }: { customerId: string; item: ActivityItem }) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [isPending, startTransition] = React.useTransition();
  const revert = () =>
    startTransition(async () => {
      const result = await revertActivityAction({ customerId, activityId: item.id });
      if ("error" in result) {
        toast.error(result.error.message);
        return;
      }
      toast.success("Change reverted");
      setOpen(false);
      router.refresh();
    });
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        <Undo2Icon aria-hidden="true" />
        Revert
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Revert this change?"
        description="The fields it changed get their previous values back. The revert is recorded as a new change."
        confirmLabel="Revert"
        isPending={isPending}
        onConfirm={revert}
      />
    </>
  );
}

function UndoMergeButton({ customerId, item }: { customerId: string; item: ActivityItem }) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [isPending, startTransition] = React.useTransition();
  const undo = () =>
    startTransition(async () => {
      // A merge's timeline entry has the merge's id.
      const result = await undoMergeAction({ survivorId: customerId, mergeId: item.id });
      if ("error" in result) {
        toast.error(result.error.message);
        setOpen(false);
        return;
      }
      toast.success("Merge undone");
      setOpen(false);
      router.refresh();
    });
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        <Undo2Icon aria-hidden="true" />
        Undo merge
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Undo this merge?"
        description="The merged customers come back with their own details, contacts, aircraft, vehicles, work orders and history. Refused if anything it moved was changed since."
        confirmLabel="Undo merge"
        isPending={isPending}
        onConfirm={undo}
      />
    </>
  );
}

/** A merge's entry keeps every customer's row before it as JSON: shown on request, never as running text. */
function MergeBeforeState({ body }: { body: string }) {
  const pretty = React.useMemo(() => {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      return body;
    }
  }, [body]);
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-muted-foreground">Customers before the merge</summary>
      <pre className="mt-2 max-h-80 overflow-auto rounded bg-muted p-2 text-xs">{pretty}</pre>
    </details>
  );
}

type ActivityEntryProps = { customerId: string; item: ActivityItem; canRevert: boolean; canUndoMerge: boolean };

export function ActivityEntry({ customerId, item, canRevert, canUndoMerge }: ActivityEntryProps) {
  const isMerge = item.action === "merged";
  const Icon = icons[item.type];
  const prefs = useDisplayPrefs();
  const manual = item.type !== "change";
  const revertible = canRevert && isRevertible(item);
  return (
    <li className="flex gap-3 px-4 py-3">
      <Icon aria-label={activityTypeLabels[item.type]} className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <p className="font-medium">
            {item.summary}
            {item.sensitive ? (
              <Badge variant="outline" className="ml-2 align-middle">
                <LockIcon aria-hidden="true" />
                Sensitive
              </Badge>
            ) : null}
          </p>
          <p className="text-xs text-muted-foreground">
            {actorOf(item)} ·{" "}
            <time
              dateTime={new Date(item.createdAt).toISOString()}
              title={formatDateTimeWithZone(item.createdAt, prefs)}
            >
              {formatTime(item.createdAt, prefs)}
            </time>
          </p>
        </div>
        {manual && new Date(item.occurredAt).getTime() !== new Date(item.createdAt).getTime() ? (
          <p className="text-xs text-muted-foreground">
            {activityTypeLabels[item.type]} on{" "}
            <time dateTime={new Date(item.occurredAt).toISOString()}>{formatDateTime(item.occurredAt, prefs)}</time>
          </p>
        ) : null}
        {item.body && isMerge ? <MergeBeforeState body={item.body} /> : null}
        {item.body && !isMerge ? <p className="mt-1 text-sm whitespace-pre-wrap">{item.body}</p> : null}
        {item.bodyHidden ? <p className="mt-1 text-sm text-muted-foreground italic">Sensitive note — hidden</p> : null}
        {item.changes ? (
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer text-muted-foreground">Show changes</summary>
            <FieldDiff item={item} />
          </details>
        ) : null}
      </div>
      {revertible ? <RevertButton customerId={customerId} item={item} /> : null}
      {/* Read from the server: once undone (the page refreshes), the entry offers no undo. */}
      {isMerge && canUndoMerge && item.mergeUndone === false ? (
        <UndoMergeButton customerId={customerId} item={item} />
      ) : null}
    </li>
  );
}

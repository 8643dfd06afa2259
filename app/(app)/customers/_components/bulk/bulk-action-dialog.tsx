"use client";
// The dialog of one bulk action: its inputs (tags, status, tier, new owner and reason) or, for
// archive, a confirmation; runs it on the selection and hands the outcome (result or job) back.
import * as React from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { FormAlert } from "@/components/form/form-alert";
import { listOwnerOptionsAction, runBulkCustomersAction, type BulkActionOutcome } from "@/lib/customers/bulk/actions";
import { bulkActionLabels, type BulkActionName } from "@/lib/customers/bulk/schemas";
import { customerStatusOptions } from "@/lib/customers/options";
import { applyActionError } from "@/lib/form-errors";
import type { TierOption } from "@/lib/tiers/queries";
import { OwnerTransferFields } from "../ownership/owner-transfer-fields";
import { useBulkSelection } from "./selection-context";

interface Values {
  tags: string;
  status: string;
  tierId: string;
  toUserId: string;
  reason: string;
}

const empty: Values = { tags: "", status: "", tierId: "", toUserId: "", reason: "" };

function paramsFor(action: BulkActionName, values: Values): Record<string, unknown> {
  switch (action) {
    case "addTags":
    case "removeTags":
      return { tags: values.tags.split(",") };
    case "setStatus":
      return { status: values.status };
    case "setTier":
      return { tierId: values.tierId === "none" ? null : values.tierId || undefined };
    case "transferOwner":
      return { toUserId: values.toUserId, reason: values.reason };
    case "archive":
      return {};
  }
}

const descriptions: Record<BulkActionName, string> = {
  addTags: "Adds the tags to every selected customer that lacks them.",
  removeTags: "Removes the tags from every selected customer that has them.",
  setStatus: "Archived customers are skipped.",
  setTier: "Archived customers are skipped.",
  transferOwner:
    "Staff can transfer only the customers they own; the others are skipped. The reason is kept in each customer's ownership history.",
  archive:
    "Archived customers disappear from the list and stop being primary on their aircraft and vehicles. They can be restored one by one.",
};

interface Props {
  action: BulkActionName | null;
  tiers: TierOption[];
  onClose: () => void;
  onDone: (outcome: BulkActionOutcome) => void;
}

export function BulkActionDialog({ action, tiers, onClose, onDone }: Props) {
  const { count, target } = useBulkSelection();
  const [isPending, startTransition] = React.useTransition();
  const [owners, setOwners] = React.useState<{ id: string; name: string; email: string }[] | null>(null);
  const form = useForm<Values>({ defaultValues: empty });
  const { errors } = form.formState;

  React.useEffect(() => {
    form.reset(empty);
    if (action !== "transferOwner" || owners) return;
    void listOwnerOptionsAction({}).then((result) => setOwners("data" in result ? result.data : []));
  }, [action, form, owners]);

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      if (!action) return;
      const result = await runBulkCustomersAction({ action, params: paramsFor(action, values), ...target() });
      if ("error" in result) return applyActionError(form, result.error);
      onDone(result.data);
    }),
  );

  const label = action ? bulkActionLabels[action] : "";
  const noun = `${count.toLocaleString("en-US")} ${count === 1 ? "customer" : "customers"}`;
  return (
    <Dialog open={action !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>{action === "archive" ? `Archive ${noun}?` : `${label} — ${noun}`}</DialogTitle>
            <DialogDescription>{action ? descriptions[action] : null}</DialogDescription>
          </DialogHeader>
          {action === "addTags" || action === "removeTags" ? (
            <Field>
              <FieldLabel>Tags</FieldLabel>
              <FieldControl>
                <Input autoFocus placeholder="e.g. vip, north-east" {...form.register("tags")} />
              </FieldControl>
              <FieldDescription>Separate tags with commas.</FieldDescription>
              <FieldError errors={[errors.tags]} />
            </Field>
          ) : null}
          {action === "setStatus" ? (
            <Field>
              <FieldLabel>Status</FieldLabel>
              <FieldControl>
                <NativeSelect {...form.register("status")}>
                  <NativeSelectOption value="">Choose a status…</NativeSelectOption>
                  {customerStatusOptions.map((option) => (
                    <NativeSelectOption key={option.value} value={option.value}>
                      {option.label}
                    </NativeSelectOption>
                  ))}
                </NativeSelect>
              </FieldControl>
              <FieldError errors={[errors.status]} />
            </Field>
          ) : null}
          {action === "setTier" ? (
            <Field>
              <FieldLabel>Tier</FieldLabel>
              <FieldControl>
                <NativeSelect {...form.register("tierId")}>
                  <NativeSelectOption value="">Choose a tier…</NativeSelectOption>
                  {tiers.map((tier) => (
                    <NativeSelectOption key={tier.id} value={tier.id}>
                      {tier.name}
                    </NativeSelectOption>
                  ))}
                  <NativeSelectOption value="none">No tier</NativeSelectOption>
                </NativeSelect>
              </FieldControl>
              <FieldError errors={[errors.tierId]} />
            </Field>
          ) : null}
          {action === "transferOwner" ? (
            <OwnerTransferFields
              members={owners}
              owner={form.register("toUserId")}
              reason={form.register("reason")}
              errors={errors}
              reasonPlaceholder="e.g. Accounts move to the Knoxville team"
            />
          ) : null}
          <FormAlert message={errors.root?.message} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={isPending} variant={action === "archive" ? "destructive" : "default"}>
              {action === "archive" ? "Archive" : "Apply"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

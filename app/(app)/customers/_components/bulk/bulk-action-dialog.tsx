"use client";
// The dialog of one bulk action: its inputs (tags, status, tier, new owner and reason) or, for
// archive, a confirmation; runs it on the selection and hands the outcome (result or job) back.
import * as React from "react";
import { useForm } from "react-hook-form";
import { SelectField, TextField } from "@/components/form/fields";
import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { listOwnerOptionsAction, runBulkCustomersAction, type BulkActionOutcome } from "@/lib/customers/bulk/actions";
import { bulkActionLabels, type BulkActionName } from "@/lib/customers/bulk/schemas";
import { customerStatusOptions } from "@/lib/customers/options";
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

function paramsFor(action: BulkActionName | null, values: Values): Record<string, unknown> {
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
    case null:
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
  const { count, countLabel, target } = useBulkSelection();
  const [owners, setOwners] = React.useState<{ id: string; name: string; email: string }[] | null>(null);
  const form = useForm<Values>({ defaultValues: empty });
  const dialog = useFormDialog(form, {
    initial: empty,
    save: (values) => runBulkCustomersAction({ action, params: paramsFor(action, values), ...target() }),
    open: action !== null,
    onOpenChange: (open) => (open ? undefined : onClose()),
    onSaved: onDone,
  });

  React.useEffect(() => {
    form.reset(empty);
    if (action !== "transferOwner" || owners) return;
    void listOwnerOptionsAction({}).then((result) => setOwners("data" in result ? result.data : []));
  }, [action, form, owners]);

  const label = action ? bulkActionLabels[action] : "";
  const noun = `${countLabel} ${count === 1 ? "customer" : "customers"}`;
  const tierOptions = [
    ...tiers.map((tier) => ({ value: tier.id, label: tier.name })),
    { value: "none", label: "No tier" },
  ];
  return (
    <FormDialog
      dialog={dialog}
      title={action === "archive" ? `Archive ${noun}?` : `${label} — ${noun}`}
      description={action ? descriptions[action] : null}
      submitLabel={action === "archive" ? "Archive" : "Apply"}
      destructive={action === "archive"}
    >
      {action === "addTags" || action === "removeTags" ? (
        <TextField<Values>
          name="tags"
          label="Tags"
          autoFocus
          placeholder="e.g. vip, north-east"
          description="Separate tags with commas."
        />
      ) : null}
      {action === "setStatus" ? (
        <SelectField<Values>
          name="status"
          label="Status"
          options={customerStatusOptions}
          blankLabel="Choose a status…"
        />
      ) : null}
      {action === "setTier" ? (
        <SelectField<Values> name="tierId" label="Tier" options={tierOptions} blankLabel="Choose a tier…" />
      ) : null}
      {action === "transferOwner" ? (
        <OwnerTransferFields members={owners} reasonPlaceholder="e.g. Accounts move to the Knoxville team" />
      ) : null}
    </FormDialog>
  );
}

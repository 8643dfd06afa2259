"use client";

// The new work order's Bill to block: always exactly one answer to "who is billed, and why" (the
// asset's primary customer, a customer you chose, or nobody and what happens then), with the choice
// among the asset's current customers — or, when it has none, a link to link one and a checkbox.
import type { ReactNode } from "react";
import Link from "next/link";
import { useFormContext, useWatch } from "react-hook-form";

import { CheckboxField, LabelledField, SelectOptions } from "@/components/form/fields";
import { FieldError } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { relationshipLabels } from "@/lib/asset-links/options";
import { assetHref } from "@/lib/assets/format";
import type { WorkOrderAssetCustomer, WorkOrderAssetInfo } from "@/lib/work-orders/asset-info";
import { billToOf, type BillTo } from "./bill-to";

export interface CustomerChoiceValues {
  customerId: string | null;
  withoutCustomer: boolean;
}

const nounOf = (asset: WorkOrderAssetInfo) => (asset.kind === "aircraft" ? "aircraft" : "vehicle");
const relationshipOf = (customer: WorkOrderAssetCustomer) => relationshipLabels[customer.relationship].toLowerCase();

function reasonOf(billTo: BillTo, asset: WorkOrderAssetInfo): string {
  const noun = nounOf(asset);
  switch (billTo.kind) {
    case "primary":
      return `Primary customer of this ${noun} (${relationshipOf(billTo.customer)}), billed by default.`;
    case "chosen":
      return `Chosen by you (${relationshipOf(billTo.customer)} of this ${noun}) instead of the primary customer.`;
    case "noPrimary":
      return `This ${noun} has no primary customer: the work order opens without a customer unless you choose one below.`;
    case "noCustomer":
      return billTo.confirmed
        ? "The work order opens without a customer: no billing name or address until one is linked and set on it."
        : `This ${noun} has no linked customer: link one first, or confirm below to open the work order without one.`;
  }
}

function BilledCustomer({ children, reason }: { children: ReactNode; reason: string }) {
  return (
    <div role="status" aria-label="Billed customer" className="flex flex-col gap-1 rounded-md border bg-muted/40 p-3">
      <p className="text-base font-medium">{children}</p>
      <p className="text-sm text-muted-foreground">{reason}</p>
    </div>
  );
}

function CustomerChoice({ asset }: { asset: WorkOrderAssetInfo }) {
  const { register, formState } = useFormContext<CustomerChoiceValues>();
  const primary = asset.customers.find((customer) => customer.isPrimary) ?? null;
  const others = asset.customers.filter((customer) => customer !== primary);
  if (others.length === 0) return <FieldError errors={[formState.errors.customerId]} />;
  return (
    <LabelledField
      label="Customer to bill"
      description="The work order keeps the billed customer's name, billing address and phone as they are now."
      error={formState.errors.customerId}
    >
      <NativeSelect {...register("customerId", { setValueAs: (value: string | null) => value || null })}>
        <SelectOptions
          options={others.map((customer) => ({
            value: customer.id,
            label: `${customer.name} (${relationshipOf(customer)})`,
          }))}
          blankLabel={primary ? `${primary.name} (primary ${relationshipOf(primary)})` : "No customer"}
        />
      </NativeSelect>
    </LabelledField>
  );
}

function NoCustomer({ asset }: { asset: WorkOrderAssetInfo }) {
  const { formState } = useFormContext<CustomerChoiceValues>();
  const noun = nounOf(asset);
  return (
    <div className="flex flex-col gap-3 text-sm">
      <Link href={assetHref(asset, "customers")} className="w-fit font-medium underline underline-offset-4">
        Link a customer to the {noun}
      </Link>
      <CheckboxField<CustomerChoiceValues> name="withoutCustomer" label="Open without a customer" />
      <FieldError errors={[formState.errors.withoutCustomer]} />
    </div>
  );
}

export function BillToField({ asset, loading }: { asset: WorkOrderAssetInfo | null; loading: boolean }) {
  const { control } = useFormContext<CustomerChoiceValues>();
  const [customerId, withoutCustomer] = useWatch({ control, name: ["customerId", "withoutCustomer"] });
  const billTo = asset ? billToOf(asset, { customerId, withoutCustomer }) : null;

  let summary: ReactNode;
  if (loading) summary = <BilledCustomer reason="Loading the aircraft's or vehicle's customers…">…</BilledCustomer>;
  else if (!asset || !billTo) {
    summary = (
      <BilledCustomer reason="Pick an aircraft or vehicle: its primary customer is billed unless you choose another.">
        Not chosen yet
      </BilledCustomer>
    );
  } else {
    summary = (
      <BilledCustomer reason={reasonOf(billTo, asset)}>
        {billTo.kind === "primary" || billTo.kind === "chosen" ? (
          <Link href={`/customers/${billTo.customer.id}`} className="underline underline-offset-4">
            {billTo.customer.name}
          </Link>
        ) : (
          "No customer"
        )}
      </BilledCustomer>
    );
  }

  return (
    <section aria-labelledby="bill-to-heading" className="flex flex-col gap-3">
      <h2 id="bill-to-heading" className="text-sm font-semibold">
        Bill to
      </h2>
      {summary}
      {asset && !loading ? (
        asset.customers.length === 0 ? (
          <NoCustomer asset={asset} />
        ) : (
          <CustomerChoice asset={asset} />
        )
      ) : null}
    </section>
  );
}

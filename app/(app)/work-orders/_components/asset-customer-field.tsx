"use client";

// Who the new work order bills, as soon as an asset is picked: the primary customer (read-only,
// linked), a choice among the asset's other current customers, or — when it has none — a link to
// link one and a checkbox to proceed without a customer.
import Link from "next/link";
import { useFormContext } from "react-hook-form";

import { CheckboxField, LabelledField, SelectOptions } from "@/components/form/fields";
import { FieldError } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import type { WorkOrderAssetInfo } from "@/lib/work-orders/asset-info";
import { assetHref } from "@/lib/assets/format";

export interface CustomerChoiceValues {
  customerId: string | null;
  withoutCustomer: boolean;
}

const relationshipLabel = (relationship: string) => relationship.replace(/_/g, " ");

function NoCustomer({ asset }: { asset: WorkOrderAssetInfo }) {
  const { formState } = useFormContext<CustomerChoiceValues>();
  const noun = asset.kind === "aircraft" ? "aircraft" : "vehicle";
  return (
    <div className="flex flex-col gap-3 rounded-md border border-dashed p-4 text-sm">
      <p>
        This {noun} has no linked customer.{" "}
        <Link href={assetHref(asset, "customers")} className="font-medium underline underline-offset-4">
          Link a customer to the {noun}
        </Link>{" "}
        first, or open the work order without one.
      </p>
      <CheckboxField<CustomerChoiceValues> name="withoutCustomer" label="Open without a customer" />
      <FieldError errors={[formState.errors.withoutCustomer]} />
    </div>
  );
}

export function AssetCustomerField({ asset, loading }: { asset: WorkOrderAssetInfo | null; loading: boolean }) {
  const { register, formState } = useFormContext<CustomerChoiceValues>();
  if (loading) return <p className="text-sm text-muted-foreground">Loading the customer…</p>;
  if (!asset) return <p className="text-sm text-muted-foreground">Pick an aircraft or vehicle to see its customer.</p>;
  if (asset.customers.length === 0) return <NoCustomer asset={asset} />;

  const primary = asset.customers.find((customer) => customer.isPrimary) ?? null;
  const others = asset.customers.filter((customer) => customer !== primary);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Customer</span>
        {primary ? (
          <span>
            <Link href={`/customers/${primary.id}`} className="font-medium underline underline-offset-4">
              {primary.name}
            </Link>
            <span className="text-muted-foreground"> · primary {relationshipLabel(primary.relationship)}</span>
          </span>
        ) : (
          <span className="text-muted-foreground">No primary customer; choose one below or leave it empty.</span>
        )}
      </div>
      {others.length > 0 ? (
        <LabelledField
          label="Bill another linked customer"
          description="The work order keeps the chosen customer's name and billing address."
          error={formState.errors.customerId}
        >
          <NativeSelect {...register("customerId", { setValueAs: (value: string | null) => value || null })}>
            <SelectOptions
              options={others.map((customer) => ({
                value: customer.id,
                label: `${customer.name} (${relationshipLabel(customer.relationship)})`,
              }))}
              blankLabel={primary ? `${primary.name} (primary)` : "No customer"}
            />
          </NativeSelect>
        </LabelledField>
      ) : (
        <FieldError errors={[formState.errors.customerId]} />
      )}
    </div>
  );
}

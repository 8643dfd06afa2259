// New customer: the shared form, starting from the organization's default country and currency.
import type { Metadata } from "next";

import { requirePageAccess } from "../../_components/page-access";

import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireCtx } from "@/lib/auth/session";
import { listTierOptions } from "@/lib/tiers/queries";
import { getOrgDefaults } from "@/lib/customers/queries";
import { CustomerForm } from "../_components/customer-form";
import { buildNewCustomerValues } from "../_components/customer-form-values";

export const metadata: Metadata = { title: "Add customer" };

export default async function NewCustomerPage() {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/customers/new");
  const org = await getOrgDefaults(ctx);
  const defaultValues = buildNewCustomerValues({ country: org.defaultCountry, currency: org.defaultCurrency });
  const tiers = await listTierOptions(ctx);

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Breadcrumbs list={{ href: "/customers", label: "Customers" }} items={[{ label: "Add customer" }]} />
        <h1 className="text-2xl font-semibold tracking-tight">Add customer</h1>
      </div>
      <CustomerForm mode={{ kind: "create" }} defaultValues={defaultValues} tiers={tiers} />
    </div>
  );
}

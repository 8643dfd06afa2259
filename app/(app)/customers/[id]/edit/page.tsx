// Edit customer: the shared form prefilled, carrying the version it was loaded at.
import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Breadcrumbs } from "@/components/breadcrumbs";
import { mayEditCustomer } from "@/lib/customers/rules";
import { requirePageAccess } from "../../../_components/page-access";
import { requireCtx } from "@/lib/auth/session";
import { liveCursor } from "@/lib/live/changes";
import { can } from "@/lib/auth/permissions";
import { listTierOptions } from "@/lib/tiers/queries";
import { CustomerForm } from "../../_components/customer-form";
import { toCustomerFormValues } from "../../_components/customer-form-values";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Edit customer" };

export default async function EditCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/customers/:id/edit");
  // Before the record: a change after this reaches the form, however late it subscribes.
  const since = await liveCursor(ctx);
  const customer = await loadCustomer(ctx, id);
  // An archived customer cannot be edited by anyone: its page says so and offers Restore.
  if (!mayEditCustomer(ctx.role, customer)) redirect(`/customers/${id}`);
  const tiers = await listTierOptions(ctx);

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Breadcrumbs
          list={{ href: "/customers", label: "Customers" }}
          items={[{ href: `/customers/${id}`, label: customer.name }, { label: "Edit" }]}
        />
        <h1 className="text-2xl font-semibold tracking-tight">Edit customer</h1>
      </div>
      <CustomerForm
        mode={{ kind: "edit", customerId: customer.id, version: customer.version, selfId: ctx.userId, since }}
        defaultValues={toCustomerFormValues(customer)}
        tiers={tiers}
        canMerge={can(ctx.role, "customer:merge")}
      />
    </div>
  );
}

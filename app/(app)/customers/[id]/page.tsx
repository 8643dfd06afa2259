// Customer detail (RSC): header with actions, archived banner, and the Overview and reserved tabs.
import type { Metadata } from "next";

import { requireCtx } from "@/lib/auth/session";
import { CustomerHeader } from "../_components/customer-header";
import { CustomerOverview } from "../_components/customer-overview";
import { CustomerTabs } from "../_components/customer-tabs";
import { loadCustomer } from "./load-customer";

type CustomerPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: CustomerPageProps): Promise<Metadata> {
  const { id } = await params;
  const customer = await loadCustomer(await requireCtx(), id);
  return { title: customer.name };
}

export default async function CustomerPage({ params }: CustomerPageProps) {
  const { id } = await params;
  const ctx = await requireCtx();
  const customer = await loadCustomer(ctx, id);

  return (
    <div className="flex flex-col gap-6">
      <CustomerHeader customer={customer} role={ctx.role} />
      <CustomerTabs overview={<CustomerOverview customer={customer} />} />
    </div>
  );
}

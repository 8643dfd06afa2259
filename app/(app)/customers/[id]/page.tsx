// Customer detail (RSC): header with actions, archived banner, and the tabs (overview, assets, work orders, contacts, activity).
import type { Metadata } from "next";
import { Suspense } from "react";

import { requireCtx } from "@/lib/auth/session";
import { LiveUpdates } from "@/components/live/live-updates";
import { liveCursor } from "@/lib/live/changes";
import { customerTopic } from "@/lib/live/topics";
import { CustomerAssetsTab } from "@/app/(app)/_components/asset-links/customer-assets-tab";
import { CustomerWorkOrdersTab } from "@/app/(app)/work-orders/_components/customer-work-orders-tab";
import { CustomerActivityTab } from "../_components/activity/customer-activity-tab";
import { CustomerContactsTab } from "../_components/contacts/customer-contacts-tab";
import { CustomerHeader } from "../_components/customer-header";
import { CustomerOverview } from "../_components/customer-overview";
import { CustomerQuickStats, CustomerQuickStatsSkeleton } from "../_components/customer-quick-stats";
import { CustomerTabs } from "../_components/customer-tabs";
import { getCustomerQuickStats } from "@/lib/customers/quick-stats";
import type { Ctx } from "@/lib/auth/context";
import { loadCustomer } from "./load-customer";
import { findMergedName } from "@/lib/customers/merge/queries";
import { MERGED_NOTICE_PARAM } from "@/lib/customers/merge/redirect";

type CustomerPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: CustomerPageProps): Promise<Metadata> {
  const { id } = await params;
  const customer = await loadCustomer(await requireCtx(), id);
  return { title: customer.name };
}

export default async function CustomerPage({ params, searchParams }: CustomerPageProps) {
  const { id } = await params;
  const ctx = await requireCtx();
  // Before the record: a change after this is pushed to the page, however late it subscribes.
  const since = await liveCursor(ctx);
  const customer = await loadCustomer(ctx, id);
  const mergedParam = (await searchParams)[MERGED_NOTICE_PARAM];
  const mergedName = typeof mergedParam === "string" ? await findMergedName(ctx, mergedParam, customer.id) : null;

  return (
    <div className="flex flex-col gap-6">
      {mergedName ? (
        <p role="status" className="rounded-md border bg-muted px-4 py-3 text-sm">
          {mergedName} was merged into this customer.
        </p>
      ) : null}
      <CustomerHeader customer={customer} role={ctx.role} />
      <LiveUpdates
        topics={[customerTopic(customer.id)]}
        since={since}
        presence={{ resource: customerTopic(customer.id), mode: "viewing", selfId: ctx.userId }}
      />
      <Suspense fallback={<CustomerQuickStatsSkeleton />}>
        <QuickStats ctx={ctx} customerId={customer.id} />
      </Suspense>
      <CustomerTabs
        overview={<CustomerOverview customer={customer} />}
        assets={<CustomerAssetsTab customerId={customer.id} archived={customer.archivedAt !== null} />}
        workOrders={<CustomerWorkOrdersTab customerId={customer.id} />}
        contacts={
          <CustomerContactsTab customerId={customer.id} readOnly={customer.archivedAt !== null || customer.masked} />
        }
        activity={<CustomerActivityTab customerId={customer.id} />}
      />
    </div>
  );
}

async function QuickStats({ ctx, customerId }: { ctx: Ctx; customerId: string }) {
  return <CustomerQuickStats stats={await getCustomerQuickStats(ctx, customerId)} />;
}

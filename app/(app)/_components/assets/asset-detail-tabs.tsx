// The asset detail page's tabs; the Customers and Work orders contents come from their own domains
// as slots, so this page does not depend on how they load.
import { Suspense } from "react";
import type * as React from "react";

import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { UrlTabs } from "@/components/url-tabs";

type AssetDetailTabsProps = {
  details: React.ReactNode;
  customers: React.ReactNode;
  workOrders: React.ReactNode;
};

/** `?tab=` values; unknown values open Details. */
const tabs = ["details", "customers", "work-orders"];

export function AssetDetailTabs({ details, customers, workOrders }: AssetDetailTabsProps) {
  return (
    <UrlTabs tabs={tabs} className="gap-4">
      <TabsList className="max-w-full justify-start overflow-x-auto">
        <TabsTrigger value="details">Details</TabsTrigger>
        <TabsTrigger value="customers">Customers</TabsTrigger>
        <TabsTrigger value="work-orders">Work orders</TabsTrigger>
      </TabsList>
      <TabsContent value="details">{details}</TabsContent>
      <TabsContent value="customers">{streamed(customers)}</TabsContent>
      <TabsContent value="work-orders">{streamed(workOrders)}</TabsContent>
    </UrlTabs>
  );
}

// A tab's data streams in after the page (its record found, the status is settled) has been sent.
function streamed(slot: React.ReactNode) {
  return <Suspense fallback={<DataTableSkeleton filterCount={0} rowCount={3} />}>{slot}</Suspense>;
}

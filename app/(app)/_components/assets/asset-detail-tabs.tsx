// The asset detail page's tabs; the Customers and Work orders contents come from their own domains
// as slots, so this page does not depend on how they load.
import { Suspense } from "react";
import type * as React from "react";

import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

type AssetDetailTabsProps = {
  details: React.ReactNode;
  customers: React.ReactNode;
  workOrders: React.ReactNode;
  /** The tab to open first (from `?tab=`); unknown values open Details. */
  initialTab?: string;
};

const tabs = ["details", "customers", "work-orders"];

export function AssetDetailTabs({ details, customers, workOrders, initialTab }: AssetDetailTabsProps) {
  return (
    <Tabs defaultValue={initialTab && tabs.includes(initialTab) ? initialTab : "details"} className="gap-4">
      <TabsList className="max-w-full justify-start overflow-x-auto">
        <TabsTrigger value="details">Details</TabsTrigger>
        <TabsTrigger value="customers">Customers</TabsTrigger>
        <TabsTrigger value="work-orders">Work orders</TabsTrigger>
      </TabsList>
      <TabsContent value="details">{details}</TabsContent>
      <TabsContent value="customers">{streamed(customers)}</TabsContent>
      <TabsContent value="work-orders">{streamed(workOrders)}</TabsContent>
    </Tabs>
  );
}

// A tab's data streams in after the page (its record found, the status is settled) has been sent.
function streamed(slot: React.ReactNode) {
  return <Suspense fallback={<DataTableSkeleton filterCount={0} rowCount={3} />}>{slot}</Suspense>;
}

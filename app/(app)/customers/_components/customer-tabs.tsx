// The detail page's tabs: Overview, then the customer's aircraft & vehicles, work orders, contacts and
// activity timeline, each a slot filled by its own domain.
import { Suspense } from "react";
import type * as React from "react";

import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { UrlTabs } from "@/components/url-tabs";

type CustomerTabsProps = {
  overview: React.ReactNode;
  assets: React.ReactNode;
  workOrders: React.ReactNode;
  contacts: React.ReactNode;
  activity: React.ReactNode;
};

/** `?tab=` values; unknown values open Overview. */
const tabs = ["overview", "assets", "work-orders", "contacts", "activity"];

export function CustomerTabs({ overview, assets, workOrders, contacts, activity }: CustomerTabsProps) {
  return (
    <UrlTabs tabs={tabs} className="gap-4">
      <TabsList className="max-w-full justify-start overflow-x-auto">
        <TabsTrigger value="overview">Overview</TabsTrigger>
        <TabsTrigger value="assets">Aircraft &amp; vehicles</TabsTrigger>
        <TabsTrigger value="work-orders">Work orders</TabsTrigger>
        <TabsTrigger value="contacts">Contacts</TabsTrigger>
        <TabsTrigger value="activity">Activity</TabsTrigger>
      </TabsList>
      <TabsContent value="overview">{overview}</TabsContent>
      <TabsContent value="assets">{streamed(assets)}</TabsContent>
      <TabsContent value="work-orders">{streamed(workOrders)}</TabsContent>
      <TabsContent value="contacts">{streamed(contacts)}</TabsContent>
      <TabsContent value="activity">{streamed(activity)}</TabsContent>
    </UrlTabs>
  );
}

// A tab's data streams in after the page (its record found, the status is settled) has been sent.
function streamed(slot: React.ReactNode) {
  return <Suspense fallback={<DataTableSkeleton filterCount={0} rowCount={3} />}>{slot}</Suspense>;
}

// The detail page's tabs: Overview, then the customer's aircraft & vehicles, work orders, contacts and
// activity timeline, each a slot filled by its own domain.
import type * as React from "react";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

type CustomerTabsProps = {
  overview: React.ReactNode;
  assets: React.ReactNode;
  workOrders: React.ReactNode;
  contacts: React.ReactNode;
  activity: React.ReactNode;
  /** The tab to open first (from `?tab=`); unknown values open Overview. */
  initialTab?: string;
};

const tabs = ["overview", "assets", "work-orders", "contacts", "activity"];

export function CustomerTabs({ overview, assets, workOrders, contacts, activity, initialTab }: CustomerTabsProps) {
  return (
    <Tabs defaultValue={initialTab && tabs.includes(initialTab) ? initialTab : "overview"} className="gap-4">
      <TabsList className="max-w-full justify-start overflow-x-auto">
        <TabsTrigger value="overview">Overview</TabsTrigger>
        <TabsTrigger value="assets">Aircraft &amp; vehicles</TabsTrigger>
        <TabsTrigger value="work-orders">Work orders</TabsTrigger>
        <TabsTrigger value="contacts">Contacts</TabsTrigger>
        <TabsTrigger value="activity">Activity</TabsTrigger>
      </TabsList>
      <TabsContent value="overview">{overview}</TabsContent>
      <TabsContent value="assets">{assets}</TabsContent>
      <TabsContent value="work-orders">{workOrders}</TabsContent>
      <TabsContent value="contacts">{contacts}</TabsContent>
      <TabsContent value="activity">{activity}</TabsContent>
    </Tabs>
  );
}

// The detail page's tabs: Overview, the customer's aircraft & vehicles and work orders (as slots
// from their own domains), and the tabs reserved for what later work adds.
import type * as React from "react";
import { ConstructionIcon } from "lucide-react";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

const comingSoon = [
  { value: "contacts", label: "Contacts", text: "People to reach at this customer will be listed here." },
  { value: "activity", label: "Activity", text: "A history of changes to this customer." },
];

function ComingSoon({ label, text }: { label: string; text: string }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed px-6 py-12 text-center">
      <ConstructionIcon aria-hidden="true" className="size-6 text-muted-foreground" />
      <p className="font-medium">{label}: coming soon</p>
      <p className="max-w-sm text-sm text-muted-foreground">{text}</p>
    </div>
  );
}

type CustomerTabsProps = {
  overview: React.ReactNode;
  assets: React.ReactNode;
  workOrders: React.ReactNode;
  /** The tab to open first (from `?tab=`); unknown values open Overview. */
  initialTab?: string;
};

const tabs = ["overview", "assets", "work-orders", ...comingSoon.map((tab) => tab.value)];

export function CustomerTabs({ overview, assets, workOrders, initialTab }: CustomerTabsProps) {
  return (
    <Tabs defaultValue={initialTab && tabs.includes(initialTab) ? initialTab : "overview"} className="gap-4">
      <TabsList className="max-w-full justify-start overflow-x-auto">
        <TabsTrigger value="overview">Overview</TabsTrigger>
        <TabsTrigger value="assets">Aircraft &amp; vehicles</TabsTrigger>
        <TabsTrigger value="work-orders">Work orders</TabsTrigger>
        {comingSoon.map((tab) => (
          <TabsTrigger key={tab.value} value={tab.value}>
            {tab.label}
          </TabsTrigger>
        ))}
      </TabsList>
      <TabsContent value="overview">{overview}</TabsContent>
      <TabsContent value="assets">{assets}</TabsContent>
      <TabsContent value="work-orders">{workOrders}</TabsContent>
      {comingSoon.map((tab) => (
        <TabsContent key={tab.value} value={tab.value}>
          <ComingSoon label={tab.label} text={tab.text} />
        </TabsContent>
      ))}
    </Tabs>
  );
}

// The detail page's tabs: Overview now; the related records get their own tabs as they are built.
import type * as React from "react";
import { ConstructionIcon } from "lucide-react";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

const comingSoon = [
  { value: "contacts", label: "Contacts", text: "People to reach at this customer will be listed here." },
  { value: "assets", label: "Aircraft & vehicles", text: "The aircraft and vehicles this customer owns or operates." },
  { value: "work-orders", label: "Work orders", text: "Work orders for this customer will appear here." },
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

export function CustomerTabs({ overview }: { overview: React.ReactNode }) {
  return (
    <Tabs defaultValue="overview" className="gap-4">
      <TabsList className="max-w-full justify-start overflow-x-auto">
        <TabsTrigger value="overview">Overview</TabsTrigger>
        {comingSoon.map((tab) => (
          <TabsTrigger key={tab.value} value={tab.value}>
            {tab.label}
          </TabsTrigger>
        ))}
      </TabsList>
      <TabsContent value="overview">{overview}</TabsContent>
      {comingSoon.map((tab) => (
        <TabsContent key={tab.value} value={tab.value}>
          <ComingSoon label={tab.label} text={tab.text} />
        </TabsContent>
      ))}
    </Tabs>
  );
}

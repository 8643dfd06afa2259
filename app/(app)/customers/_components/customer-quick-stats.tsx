"use client";

// The customer page's numbers at a glance, under the header: work orders (all and open), the latest
// one, aircraft & vehicles linked now, and since when it is a customer. Wraps onto more lines on phones.
import type * as React from "react";

import { useDisplayPrefs } from "@/components/display-prefs";
import { CalendarDate, LocalDate } from "@/components/time";
import { Skeleton } from "@/components/ui/skeleton";
import type { CustomerQuickStats as Stats } from "@/lib/customers/quick-stats";
import { formatNumber } from "@/lib/number-format";

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="font-medium tabular-nums">{children}</dd>
    </div>
  );
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function CustomerQuickStats({ stats }: { stats: Stats }) {
  const prefs = useDisplayPrefs();
  const count = (n: number) => formatNumber(n, prefs);
  const { workOrders, assets } = stats;
  return (
    <section aria-label="At a glance">
      <dl className="flex flex-wrap gap-x-8 gap-y-3 rounded-xl border bg-card px-4 py-3 text-sm">
        <Stat label="Work orders">
          {count(workOrders.total)}
          <span className="font-normal text-muted-foreground"> · {count(workOrders.open)} open</span>
        </Stat>
        <Stat label="Last work order">
          {workOrders.lastCreatedAt ? <LocalDate date={workOrders.lastCreatedAt} /> : "None yet"}
        </Stat>
        <Stat label="Aircraft & vehicles">
          {`${count(assets.aircraft)} aircraft · ${count(assets.vehicles)} ${plural(assets.vehicles, "vehicle", "vehicles")}`}
        </Stat>
        {stats.customerSince ? (
          <Stat label="Customer since">
            <CalendarDate date={stats.customerSince} />
          </Stat>
        ) : (
          <Stat label="Added">
            <LocalDate date={stats.createdAt} />
          </Stat>
        )}
      </dl>
    </section>
  );
}

export function CustomerQuickStatsSkeleton() {
  return <Skeleton aria-hidden="true" className="h-[62px] rounded-xl" />;
}

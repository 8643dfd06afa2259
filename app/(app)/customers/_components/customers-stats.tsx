"use client";

// Stat cards above the customer list, for its current filter; a status or tier count filters by it.
import * as React from "react";

import { useTableUrlState } from "@/components/data-table/use-table-url-state";
import { useDisplayPrefs } from "@/components/display-prefs";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { CustomerStats } from "@/lib/customers/stats";
import { customerListCodec } from "@/lib/customers/list-params";
import { customerStatuses } from "@/lib/customers/options";
import { formatDate } from "@/lib/format";
import { formatNumber } from "@/lib/number-format";
import { cn } from "@/lib/utils";
import { formatStatus } from "./format";

type StatCardProps = { title: string; value: React.ReactNode; unit?: string; children?: React.ReactNode };

/** `unit` says what the number counts when the title alone does not ("with a tier"). */
function StatCard({ title, value, unit, children }: StatCardProps) {
  const id = React.useId();
  return (
    <Card role="group" aria-labelledby={id} className="gap-2 px-4 py-4">
      <h2 id={id} className="text-sm font-medium text-muted-foreground">
        {title}
      </h2>
      <p className="text-2xl font-semibold tabular-nums">
        {value}
        {unit ? " " : null}
        {unit ? <span className="ml-1.5 text-sm font-normal text-muted-foreground">{unit}</span> : null}
      </p>
      {children}
    </Card>
  );
}

/** A count that narrows the list to it; pressed while it is the only value of its filter. */
function FilterChip({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-md border px-1.5 py-0.5 text-xs tabular-nums hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
        pressed && "bg-accent font-medium",
      )}
    >
      {children}
    </button>
  );
}

export function CustomersStats({ statsPromise }: { statsPromise: Promise<CustomerStats> }) {
  const stats = React.use(statsPromise);
  const prefs = useDisplayPrefs();
  const count = (n: number) => formatNumber(n, prefs);
  // The first of the month in the organization's zone, which the count starts from, in the viewer's locale.
  const monthStart = formatDate(stats.monthStart, { locale: prefs.locale, timeZone: stats.timeZone });
  const { filters, setParams } = useTableUrlState(customerListCodec);
  const only = (key: "status" | "tier", value: string) => {
    const current = filters[key] ?? [];
    return current.length === 1 && current[0] === value;
  };
  const toggle = (key: "status" | "tier", value: string) => setParams({ [key]: only(key, value) ? null : [value] });
  const inactive = stats.total - stats.byStatus.active;
  const withTier = stats.total - (stats.byTier.find((tier) => tier.id === null)?.count ?? 0);

  return (
    <section aria-label="Customer statistics" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <StatCard title="Total customers" value={count(stats.total)} />
      <StatCard title="Active vs. not active" value={`${count(stats.byStatus.active)} / ${count(inactive)}`}>
        <p className="sr-only">{`${count(stats.byStatus.active)} active, ${count(inactive)} not active`}</p>
        <div className="flex flex-wrap gap-1.5">
          {customerStatuses.map((status) => (
            <FilterChip key={status} pressed={only("status", status)} onClick={() => toggle("status", status)}>
              {formatStatus(status)} {count(stats.byStatus[status])}
            </FilterChip>
          ))}
        </div>
      </StatCard>
      <StatCard title="By tier" value={count(withTier)} unit={`of ${count(stats.total)} with a tier`}>
        <div className="flex flex-wrap gap-1.5">
          {stats.byTier.map((tier) => (
            <FilterChip
              key={tier.id ?? "none"}
              pressed={only("tier", tier.id ?? "none")}
              onClick={() => toggle("tier", tier.id ?? "none")}
            >
              <span
                aria-hidden="true"
                className={cn("size-2 rounded-full", !tier.color && "border border-dashed border-muted-foreground")}
                style={tier.color ? { backgroundColor: tier.color } : undefined}
              />
              {tier.name} {count(tier.count)}
            </FilterChip>
          ))}
        </div>
      </StatCard>
      <StatCard title="New this month" value={count(stats.newThisMonth)}>
        <p className="text-xs text-muted-foreground">{`Created since ${monthStart} (${stats.timeZone})`}</p>
      </StatCard>
    </section>
  );
}

export function CustomersStatsSkeleton() {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" aria-hidden="true">
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} className="h-[104px] rounded-xl" />
      ))}
    </div>
  );
}

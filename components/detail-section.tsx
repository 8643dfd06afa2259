// A detail page's titled cards and their label/value grids; an empty value shows as a muted dash.
import type * as React from "react";

import { cn } from "@/lib/utils";

type CardProps = { title: string; children: React.ReactNode; className?: string };

export function DetailCard({ title, children, className }: CardProps) {
  return (
    <section className={cn("rounded-xl border bg-card p-5 shadow-xs", className)}>
      <h2 className="mb-3 text-sm font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** The label/value grid; `className` may widen the label column (e.g. `grid-cols-[minmax(8rem,auto)_1fr]`). */
export function DetailList({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <dl className={cn("grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2 text-sm", className)}>{children}</dl>
  );
}

/** A card holding just a label/value grid. */
export function DetailSection({ title, children, className, listClassName }: CardProps & { listClassName?: string }) {
  return (
    <DetailCard title={title} className={className}>
      <DetailList className={listClassName}>{children}</DetailList>
    </DetailCard>
  );
}

export function DetailItem({ label, children }: { label: string; children: React.ReactNode }) {
  const empty = children === null || children === undefined || children === "";
  return (
    <>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{empty ? <span className="text-muted-foreground">—</span> : children}</dd>
    </>
  );
}

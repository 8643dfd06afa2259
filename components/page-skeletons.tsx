// Loading outlines shaped like the pages they stand for: a record's detail page (breadcrumb, title
// with badges and actions, optional tabs, cards) and a form page (title, sections, buttons).
import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";

function Busy({ className, kind, children }: { className: string; kind: string; children: ReactNode }) {
  return (
    <div aria-busy="true" data-skeleton={kind} className={className}>
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="flex flex-col gap-6">
        {children}
      </div>
    </div>
  );
}

type DetailPageSkeletonProps = {
  /** The record's tab strip (customers, aircraft, vehicles); work orders have none. */
  tabs?: boolean;
  /** A square avatar before the title (customers). */
  avatar?: boolean;
  cards?: number;
};

export function DetailPageSkeleton({ tabs = false, avatar = false, cards = 4 }: DetailPageSkeletonProps) {
  return (
    <Busy className="flex flex-col gap-6" kind="detail">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-2">
          <Skeleton className="h-4 w-32" />
          <div className="flex items-center gap-3">
            {avatar ? <Skeleton className="size-10 rounded-lg" /> : null}
            <Skeleton className="h-8 w-56 max-w-full" />
            <Skeleton className="h-5 w-20 rounded-full" />
          </div>
        </div>
        <div className="flex gap-2">
          <Skeleton className="h-8 w-28" />
          <Skeleton className="h-8 w-20" />
        </div>
      </div>
      {tabs ? <Skeleton className="h-9 w-96 max-w-full" /> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {Array.from({ length: cards }, (_, index) => (
          <Skeleton key={index} className="h-44 rounded-xl" />
        ))}
      </div>
    </Busy>
  );
}

export function FormPageSkeleton({ sections = 2 }: { sections?: number }) {
  return (
    <Busy className="mx-auto flex w-full max-w-3xl flex-col gap-6" kind="form">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-8 w-56 max-w-full" />
      </div>
      {Array.from({ length: sections }, (_, index) => (
        <Skeleton key={index} className="h-56 rounded-xl" />
      ))}
      <div className="flex justify-end gap-2">
        <Skeleton className="h-9 w-20" />
        <Skeleton className="h-9 w-36" />
      </div>
    </Busy>
  );
}

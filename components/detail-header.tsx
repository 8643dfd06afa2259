// A detail page's header — breadcrumbs back to its list, kind icon, title with badges and an optional subtitle, the
// actions, and a banner below — and the amber banner an archived record shows.
import type * as React from "react";
import { ArchiveIcon } from "lucide-react";

import { Breadcrumbs } from "@/components/breadcrumbs";

type DetailHeaderProps = {
  /** The list this record belongs to; its breadcrumb returns to it as it was last shown. */
  list: { href: string; label: string };
  /** The kind icon, labelled for screen readers. */
  icon: React.ReactNode;
  title: string;
  badges: React.ReactNode;
  subtitle?: string;
  actions: React.ReactNode;
  banner?: React.ReactNode;
};

export function DetailHeader({ list, icon, title, badges, subtitle, actions, banner }: DetailHeaderProps) {
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs list={list} items={[{ label: title }]} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 items-start gap-3">
          <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-muted">{icon}</span>
          <div className="flex min-w-0 flex-col gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <h1 className="text-2xl font-semibold tracking-tight break-words">{title}</h1>
              {badges}
            </div>
            {subtitle ? <p className="text-sm text-muted-foreground">{subtitle}</p> : null}
          </div>
        </div>
        <div className="flex items-center gap-2">{actions}</div>
      </div>
      {banner}
    </div>
  );
}

export function ArchivedBanner({ children, action }: { children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
    >
      <p className="flex items-center gap-2">
        <ArchiveIcon aria-hidden="true" className="size-4 shrink-0" />
        <span>{children}</span>
      </p>
      {action}
    </div>
  );
}

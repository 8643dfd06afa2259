"use client";

// "‹ Customers": back to a list as this tab last showed it (search, filters, sort, page), read from
// session storage once hydrated and re-read by the list's codec; the list's defaults until then.
import * as React from "react";
import Link from "next/link";
import { ChevronLeftIcon } from "lucide-react";

import { recallListQuery } from "@/components/data-table/list-memory";
import { listHref } from "@/lib/list-codecs";

type ListBackLinkProps = { href: string; label: string; className?: string; withIcon?: boolean };

// The remembered query does not change while a detail page is open.
const subscribe = () => () => {};

export function ListBackLink({ href, label, className, withIcon = true }: ListBackLinkProps) {
  const query = React.useSyncExternalStore(
    subscribe,
    () => recallListQuery(href),
    () => null,
  );
  return (
    <Link href={query ? listHref(href, query) : href} className={className}>
      {withIcon ? <ChevronLeftIcon aria-hidden="true" className="size-4" /> : null}
      {label}
    </Link>
  );
}

// Where a page sits: "Customers › Summit Air Charter › Edit". The first crumb is a list and returns to it
// as this tab last showed it (ListBackLink); the last is the page itself. On one line at every width:
// the crumbs after the first shrink and truncate (the full text stays in the title) instead of wrapping.
import { Fragment } from "react";
import Link from "next/link";

import { ListBackLink } from "@/components/list-back-link";
import {
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
} from "@/components/ui/breadcrumb";

export interface Crumb {
  label: string;
  /** Absent on the last crumb, the current page. */
  href?: string;
}

export function Breadcrumbs({ list, items }: { list: { href: string; label: string }; items: Crumb[] }) {
  return (
    <Breadcrumb>
      <BreadcrumbList>
        <BreadcrumbItem className="shrink-0">
          <BreadcrumbLink asChild>
            <ListBackLink href={list.href} label={list.label} withIcon={false} />
          </BreadcrumbLink>
        </BreadcrumbItem>
        {items.map((item, index) => (
          <Fragment key={`${index}-${item.label}`}>
            <BreadcrumbSeparator />
            <BreadcrumbItem>
              {item.href ? (
                <BreadcrumbLink asChild className="truncate" title={item.label}>
                  <Link href={item.href}>{item.label}</Link>
                </BreadcrumbLink>
              ) : (
                <BreadcrumbPage aria-current="page" className="truncate" title={item.label}>
                  {item.label}
                </BreadcrumbPage>
              )}
            </BreadcrumbItem>
          </Fragment>
        ))}
      </BreadcrumbList>
    </Breadcrumb>
  );
}

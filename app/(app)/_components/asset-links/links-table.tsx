"use client";

// The linked customers of an asset, or the aircraft and vehicles of a customer, with their actions. On a phone
// the relationship moves under the title and the Since column gives way, so the actions stay in reach.
import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { showFromClass } from "@/components/data-table/responsive";
import { SimpleTable, TitleCell } from "@/components/simple-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { linkStatusLabels, relationshipLabels } from "@/lib/asset-links/options";
import { LinkRowActions } from "./link-row-actions";
import { CalendarDate } from "@/components/time";
import type { LinkView } from "./link-view";

type LinksTableProps = {
  links: LinkView[];
  side: "asset" | "customer";
  canManage: boolean;
  caption: string;
};

export function LinksTable({ links, side, canManage, caption }: LinksTableProps) {
  return (
    <SimpleTable
      caption={caption}
      columns={[
        side === "asset" ? "Customer" : "Aircraft or vehicle",
        { label: "Relationship", className: showFromClass.sm },
        "Status",
        { label: "Since", className: showFromClass.md },
      ]}
      actions={canManage}
      className="rounded-xl border"
    >
      {links.map((link) => (
        <TableRow key={link.id}>
          <TitleCell
            title={
              <Link href={link.href} className="font-medium hover:underline">
                {link.title}
              </Link>
            }
            badges={
              <>
                {link.isPrimary ? <Badge>Primary</Badge> : null}
                {link.archived ? <Badge variant="outline">Archived</Badge> : null}
              </>
            }
          >
            <p className="text-xs text-muted-foreground sm:hidden">{relationshipLabels[link.relationship]}</p>
            {link.detail ? <p className="text-xs text-muted-foreground">{link.detail}</p> : null}
            {link.notes ? (
              <p className="max-w-56 truncate text-xs text-muted-foreground sm:max-w-md" title={link.notes}>
                {link.notes}
              </p>
            ) : null}
          </TitleCell>
          <TableCell className={showFromClass.sm}>{relationshipLabels[link.relationship]}</TableCell>
          <TableCell>
            <Badge variant={link.status === "current" ? "secondary" : "outline"}>{linkStatusLabels[link.status]}</Badge>
          </TableCell>
          <TableCell className={showFromClass.md}>{link.since ? <CalendarDate date={link.since} /> : null}</TableCell>
          {canManage ? (
            <TableCell className="w-12 text-right">
              {/* An archived aircraft's or vehicle's links are history: they cannot change. */}
              {side === "customer" && link.archived ? null : <LinkRowActions link={link} side={side} />}
            </TableCell>
          ) : null}
        </TableRow>
      ))}
    </SimpleTable>
  );
}

"use client";

// Column definitions for the customers table. Ids, labels, sortability and default visibility come
// from lib/customers/columns.ts, so the chooser (?cols=), saved views and exports agree with the table.
import type { ColumnDef } from "@tanstack/react-table";
import * as React from "react";

import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { customerColumns as columnSpecs, type CustomerColumnId } from "@/lib/customers/columns";
import type { Breakpoint } from "@/components/data-table/responsive";
import type { CustomerTableRow } from "@/lib/customers/table-rows";
import { CustomerStatusBadge } from "./customer-status-badge";
import { NameCell, PrimaryContactCell, TagsCell } from "./customers-cells";
import { CountryCode } from "@/components/country-name";
import { formatKind } from "./format";
import { CalendarDate, LocalDate, RelativeTime } from "@/components/time";
import { TierBadge } from "./tier/tier-badge";

type Row = CustomerTableRow;

// The phone column is hidden by default: libphonenumber-js (with its per-country metadata) loads only
// when it is shown, and until then a number reads as stored (E.164).
const PhoneNumber = React.lazy(() => import("@/components/phone-number"));

const muted = (node: React.ReactNode) => <span className="text-muted-foreground">{node}</span>;

const cells: Record<CustomerColumnId, (row: Row) => React.ReactNode> = {
  name: (row) => <NameCell customer={row} />,
  accountNumber: (row) => <span className="font-mono text-xs">{row.accountNumber}</span>,
  email: (row) => (
    <span className="block max-w-48 truncate" title={row.email ?? undefined}>
      {row.email}
    </span>
  ),
  phone: (row) => (
    <span className="tabular-nums">
      <React.Suspense fallback={row.phone}>
        <PhoneNumber phone={row.phone ?? null} />
      </React.Suspense>
    </span>
  ),
  status: (row) => (row.status ? <CustomerStatusBadge status={row.status} /> : null),
  kind: (row) => formatKind(row.kind),
  city: (row) => (
    <span className="block max-w-40 truncate" title={row.city ?? undefined}>
      {row.city}
    </span>
  ),
  country: (row) => <CountryCode code={row.country ?? null} />,
  tier: (row) => (row.tier ? <TierBadge tier={row.tier} /> : null),
  owner: (row) => (
    <span className="block max-w-36 truncate" title={row.owner?.name}>
      {row.owner?.name}
    </span>
  ),
  primaryContact: (row) => <PrimaryContactCell contact={row.primaryContact ?? null} />,
  tags: (row) => <TagsCell tags={row.tags ?? []} />,
  lastActivity: (row) => (row.lastActivityAt ? muted(<RelativeTime date={row.lastActivityAt} />) : muted("Never")),
  customerSince: (row) => (row.customerSince ? <CalendarDate date={row.customerSince} /> : null),
  createdAt: (row) => (row.createdAt ? muted(<LocalDate date={row.createdAt} />) : null),
  updatedAt: (row) => (row.updatedAt ? muted(<LocalDate date={row.updatedAt} />) : null),
};

// While the default columns show, the lower-priority ones give way on narrower screens (the name and status
// always show; the rest is on the customer's page): all ten fit at 1280 px, a tablet keeps six, a phone two.
const showFrom: Partial<Record<CustomerColumnId, Breakpoint>> = {
  accountNumber: "sm",
  lastActivity: "sm",
  tier: "md",
  email: "lg",
  owner: "lg",
  city: "xl",
  tags: "xl",
  primaryContact: "xl",
};

export const customerColumns: ColumnDef<Row, unknown>[] = columnSpecs.map((spec) => ({
  id: spec.id,
  // The server sorts; the accessor only names the column for TanStack.
  accessorFn: (row: Row) => row.id,
  enableSorting: spec.sortable,
  enableHiding: spec.hideable,
  meta: { showFrom: showFrom[spec.id] },
  header: ({ column }) => <DataTableColumnHeader column={column} title={spec.label} />,
  cell: ({ row }) => cells[spec.id](row.original),
}));

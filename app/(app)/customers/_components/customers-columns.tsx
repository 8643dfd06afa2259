"use client";

// Column definitions for the customers table; every sortable column id is a server sort key.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { Building2Icon, UserIcon } from "lucide-react";

import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { Badge } from "@/components/ui/badge";
import type { CustomerListRow } from "@/lib/customers/queries";
import { ArchivedBadge, CustomerStatusBadge } from "./customer-status-badge";
import { formatKind, formatLocation, formatPhone } from "./format";
import { LocalDate } from "./local-date";
import { TierBadge } from "./tier/tier-badge";

const MAX_TAGS = 3;

function NameCell({ customer }: { customer: CustomerListRow }) {
  const Icon = customer.kind === "person" ? UserIcon : Building2Icon;
  const showDisplayName = customer.displayName && customer.displayName !== customer.name;
  return (
    <div className="flex max-w-72 min-w-48 items-start gap-2 whitespace-normal">
      <Icon aria-label={formatKind(customer.kind)} className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <div className="flex flex-col">
        <span className="flex items-center gap-2">
          <Link href={`/customers/${customer.id}`} className="font-medium hover:underline">
            {customer.name}
          </Link>
          {customer.archivedAt ? <ArchivedBadge /> : null}
        </span>
        {showDisplayName ? <span className="text-xs text-muted-foreground">{customer.displayName}</span> : null}
      </div>
    </div>
  );
}

function TagsCell({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  const hidden = tags.length - MAX_TAGS;
  return (
    <div className="flex gap-1">
      {tags.slice(0, MAX_TAGS).map((tag) => (
        <Badge key={tag} variant="secondary" className="font-normal">
          {tag}
        </Badge>
      ))}
      {hidden > 0 ? (
        <Badge variant="outline" className="font-normal" title={tags.slice(MAX_TAGS).join(", ")}>
          +{hidden}
        </Badge>
      ) : null}
    </div>
  );
}

export const customerColumns: ColumnDef<CustomerListRow, unknown>[] = [
  {
    id: "name",
    accessorKey: "name",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
    cell: ({ row }) => <NameCell customer={row.original} />,
  },
  {
    id: "accountNumber",
    accessorKey: "accountNumber",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Account" />,
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.accountNumber}</span>,
  },
  {
    id: "email",
    accessorKey: "email",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Email" />,
    cell: ({ row }) => (
      <span className="block max-w-56 truncate" title={row.original.email ?? undefined}>
        {row.original.email}
      </span>
    ),
  },
  {
    id: "phone",
    accessorKey: "phone",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Phone" />,
    cell: ({ row }) => <span className="tabular-nums">{formatPhone(row.original.phone)}</span>,
  },
  {
    id: "status",
    accessorKey: "status",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
    cell: ({ row }) => <CustomerStatusBadge status={row.original.status} />,
  },
  {
    id: "kind",
    accessorKey: "kind",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Kind" />,
    cell: ({ row }) => formatKind(row.original.kind),
  },
  {
    // Sorted by city; the country is shown alongside it.
    id: "city",
    accessorKey: "city",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Location" />,
    cell: ({ row }) => (
      <span title={formatLocation(row.original.city, row.original.country)}>
        {[row.original.city, row.original.country].filter(Boolean).join(", ")}
      </span>
    ),
  },
  {
    // Filtered (?tier=) rather than sorted: the list orders by customer columns only.
    id: "tier",
    accessorKey: "tier",
    enableSorting: false,
    header: ({ column }) => <DataTableColumnHeader column={column} title="Tier" />,
    cell: ({ row }) => (row.original.tier ? <TierBadge tier={row.original.tier} /> : null),
  },
  {
    id: "owner",
    accessorKey: "owner",
    enableSorting: false,
    header: ({ column }) => <DataTableColumnHeader column={column} title="Owner" />,
    cell: ({ row }) => <span className="whitespace-nowrap">{row.original.owner?.name}</span>,
  },
  {
    // Tags are an array column the server cannot order by.
    id: "tags",
    accessorKey: "tags",
    enableSorting: false,
    header: ({ column }) => <DataTableColumnHeader column={column} title="Tags" />,
    cell: ({ row }) => <TagsCell tags={row.original.tags} />,
  },
  {
    id: "updatedAt",
    accessorKey: "updatedAt",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Updated" />,
    cell: ({ row }) => (
      <span className="text-muted-foreground">
        <LocalDate date={row.original.updatedAt} />
      </span>
    ),
  },
];

"use client";

// Column definitions for the work orders table; every sortable column id is a server sort key.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { CarIcon, PlaneIcon } from "lucide-react";

import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import type { WorkOrderListRow } from "@/lib/work-orders/queries";
import { assetHref, assetLabel } from "@/lib/assets/format";
import { formatWorkOrderType } from "@/lib/work-orders/options";
import { LocalDate } from "@/components/time";
import { DueDate } from "./due-date";
import { WorkOrderPriorityBadge, WorkOrderStatusBadge } from "./work-order-badges";

function AssetCell({ asset }: { asset: WorkOrderListRow["asset"] }) {
  const Icon = asset.kind === "aircraft" ? PlaneIcon : CarIcon;
  return (
    <span className="flex items-center gap-2">
      <Icon
        aria-label={asset.kind === "aircraft" ? "Aircraft" : "Vehicle"}
        className="size-4 shrink-0 text-muted-foreground"
      />
      <Link href={assetHref(asset)} className="hover:underline">
        {assetLabel(asset)}
      </Link>
    </span>
  );
}

export const workOrderColumns: ColumnDef<WorkOrderListRow, unknown>[] = [
  {
    id: "number",
    accessorKey: "number",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Number" />,
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Link href={`/work-orders/${row.original.id}`} className="font-mono text-xs font-medium hover:underline">
          {row.original.number}
        </Link>
        {row.original.type === "quote" ? (
          <span className="text-xs text-muted-foreground">{formatWorkOrderType(row.original.type)}</span>
        ) : null}
      </div>
    ),
  },
  {
    id: "asset",
    header: "Aircraft / vehicle",
    enableSorting: false,
    cell: ({ row }) => <AssetCell asset={row.original.asset} />,
  },
  {
    id: "customer",
    header: "Customer",
    enableSorting: false,
    cell: ({ row }) => {
      const customer = row.original.customer;
      if (!customer) return <span className="text-muted-foreground">—</span>;
      return (
        <Link href={`/customers/${customer.id}`} className="hover:underline">
          {customer.name}
        </Link>
      );
    },
  },
  {
    id: "status",
    accessorKey: "status",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
    cell: ({ row }) => <WorkOrderStatusBadge status={row.original.status} />,
  },
  {
    id: "priority",
    accessorKey: "priority",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Priority" />,
    cell: ({ row }) => <WorkOrderPriorityBadge priority={row.original.priority} />,
  },
  {
    id: "dueDate",
    accessorKey: "dueDate",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Due" />,
    cell: ({ row }) => <DueDate date={row.original.dueDate} />,
  },
  {
    id: "createdAt",
    accessorKey: "createdAt",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Created" />,
    cell: ({ row }) => <LocalDate date={row.original.createdAt} />,
  },
];

"use client";

// Column definitions for the work orders table; every sortable column id is a server sort key.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { CarIcon, PlaneIcon } from "lucide-react";

import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import type { WorkOrderListRow } from "@/lib/work-orders/queries";
import { assetHref, assetLabel } from "@/lib/assets/format";
import { formatWorkOrderType } from "@/lib/work-orders/options";
import { isWorkOrderOverdue } from "@/lib/work-orders/overdue";
import { LocalDate } from "@/components/time";
import { DueDate } from "./due-date";
import { WorkOrderPriorityBadge, WorkOrderStatusBadge } from "./work-order-badges";

function AssetCell({ asset }: { asset: WorkOrderListRow["asset"] }) {
  const Icon = asset.kind === "aircraft" ? PlaneIcon : CarIcon;
  const label = assetLabel(asset);
  return (
    <span className="flex items-center gap-2">
      <Icon
        aria-label={asset.kind === "aircraft" ? "Aircraft" : "Vehicle"}
        className="size-4 shrink-0 text-muted-foreground"
      />
      <Link href={assetHref(asset)} className="max-w-48 truncate hover:underline lg:max-w-64" title={label}>
        {label}
      </Link>
    </span>
  );
}

/**
 * The work order list's columns; `today` (the organization's day) marks overdue ones. The number, status and
 * due date always show; the asset joins from 640 px, the customer and priority from 1024 px, the created date at 1280.
 */
export function workOrderColumns(today: string): ColumnDef<WorkOrderListRow, unknown>[] {
  return [
    {
      id: "number",
      accessorKey: "number",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Number" />,
      cell: ({ row }) => (
        <div className="flex flex-col whitespace-normal">
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
      meta: { showFrom: "sm" },
      cell: ({ row }) => <AssetCell asset={row.original.asset} />,
    },
    {
      id: "customer",
      header: "Customer",
      enableSorting: false,
      meta: { showFrom: "lg" },
      cell: ({ row }) => {
        const customer = row.original.customer;
        if (!customer) return <span className="text-muted-foreground">—</span>;
        return (
          <Link
            href={`/customers/${customer.id}`}
            className="block max-w-48 truncate hover:underline"
            title={customer.name}
          >
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
      meta: { showFrom: "lg" },
      cell: ({ row }) => <WorkOrderPriorityBadge priority={row.original.priority} />,
    },
    {
      id: "dueDate",
      accessorKey: "dueDate",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Due" />,
      cell: ({ row }) => <DueDate date={row.original.dueDate} overdue={isWorkOrderOverdue(row.original, today)} />,
    },
    {
      id: "createdAt",
      accessorKey: "createdAt",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Created" />,
      meta: { showFrom: "xl" },
      cell: ({ row }) => <LocalDate date={row.original.createdAt} />,
    },
  ];
}

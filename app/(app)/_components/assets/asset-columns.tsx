"use client";

// Column definitions for the aircraft and vehicle tables; every column id is a server sort key.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";

import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { LocalDate } from "@/components/time";
import { formatAircraftClass } from "@/lib/assets/format";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";
import type { AssetListRow } from "@/lib/assets/queries";
import { ActiveBadge, ArchivedBadge } from "@/components/status-badges";
import { AirframeHours, Mileage } from "./asset-numbers";

type Column = ColumnDef<AssetListRow, unknown>;

function column(id: string, title: string, cell: (row: AssetListRow) => React.ReactNode): Column {
  return {
    id,
    accessorKey: id,
    header: ({ column: header }) => <DataTableColumnHeader column={header} title={title} />,
    cell: ({ row }) => cell(row.original),
  };
}

function LinkCell({ asset, text }: { asset: AssetListRow; text: string }) {
  return (
    <span className="flex items-center gap-2">
      <Link href={`${assetKindLabels[asset.kind].path}/${asset.id}`} className="font-medium hover:underline">
        {text}
      </Link>
      {asset.archivedAt ? <ArchivedBadge /> : null}
    </span>
  );
}

const mono = (value: string | null) => <span className="font-mono text-xs">{value}</span>;
const numeric = (value: React.ReactNode) => <span className="tabular-nums">{value}</span>;

const sharedTail: Column[] = [
  column("homeServiceCenter", "Home center", (a) => a.homeServiceCenter?.name ?? null),
  column("active", "Status", (a) => <ActiveBadge active={a.active} />),
  column("updatedAt", "Updated", (a) => (
    <span className="text-muted-foreground">
      <LocalDate date={a.updatedAt} />
    </span>
  )),
];

export const assetColumns: Record<AssetKind, Column[]> = {
  aircraft: [
    column("registration", "Registration", (a) => <LinkCell asset={a} text={a.registration ?? "—"} />),
    column("make", "Make", (a) => a.make),
    column("model", "Model", (a) => a.model),
    column("serialNumber", "Serial", (a) => mono(a.serialNumber)),
    column("year", "Year", (a) => numeric(a.year)),
    column("aircraftClass", "Class", (a) => formatAircraftClass(a.aircraftClass)),
    column("totalAirframeHours", "Airframe hours", (a) => numeric(<AirframeHours hours={a.totalAirframeHours} />)),
    ...sharedTail,
  ],
  vehicle: [
    column("make", "Make", (a) => <LinkCell asset={a} text={a.make ?? "Vehicle"} />),
    column("model", "Model", (a) => a.model),
    column("year", "Year", (a) => numeric(a.year)),
    column("vin", "VIN", (a) => mono(a.vin)),
    column("licensePlate", "Plate", (a) => mono(a.licensePlate)),
    column("color", "Colour", (a) => a.color),
    column("mileage", "Mileage", (a) => numeric(<Mileage mileage={a.mileage} />)),
    ...sharedTail,
  ],
};

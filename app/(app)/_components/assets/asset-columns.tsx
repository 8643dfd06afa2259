"use client";

// Column definitions for the aircraft and vehicle tables; every column id is a server sort key.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";

import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import type { Breakpoint } from "@/components/data-table/responsive";
import { LocalDate } from "@/components/time";
import { formatAircraftClass } from "@/lib/assets/format";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";
import type { AssetListRow } from "@/lib/assets/queries";
import { ActiveBadge, ArchivedBadge } from "@/components/status-badges";
import { AirframeHours, Mileage } from "./asset-numbers";

type Column = ColumnDef<AssetListRow, unknown>;

/** `showFrom`: the narrowest screen the column shows on (components/data-table/responsive.ts); none = always. */
function column(
  id: string,
  title: string,
  cell: (row: AssetListRow) => React.ReactNode,
  showFrom?: Breakpoint,
): Column {
  return {
    id,
    accessorKey: id,
    header: ({ column: header }) => <DataTableColumnHeader column={header} title={title} />,
    cell: ({ row }) => cell(row.original),
    meta: { showFrom },
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

const truncated = (value: string | null | undefined, width: string) => (
  <span className={`block truncate ${width}`} title={value ?? undefined}>
    {value}
  </span>
);

// The name (registration or make) and status always show; a phone adds the plate of a vehicle, a tablet the
// model, year and serial or VIN; the rest joins on wider screens.
const sharedTail: Column[] = [
  column("homeServiceCenter", "Home center", (a) => truncated(a.homeServiceCenter?.name, "max-w-48"), "xl"),
  column("active", "Status", (a) => <ActiveBadge active={a.active} />),
  column(
    "updatedAt",
    "Updated",
    (a) => (
      <span className="text-muted-foreground">
        <LocalDate date={a.updatedAt} />
      </span>
    ),
    "xl",
  ),
];

export const assetColumns: Record<AssetKind, Column[]> = {
  aircraft: [
    column("registration", "Registration", (a) => <LinkCell asset={a} text={a.registration ?? "—"} />),
    column("make", "Make", (a) => truncated(a.make, "max-w-40"), "sm"),
    column("model", "Model", (a) => truncated(a.model, "max-w-40"), "sm"),
    column("serialNumber", "Serial", (a) => mono(a.serialNumber), "md"),
    column("year", "Year", (a) => numeric(a.year), "md"),
    column("aircraftClass", "Class", (a) => formatAircraftClass(a.aircraftClass), "lg"),
    column(
      "totalAirframeHours",
      "Airframe hours",
      (a) => numeric(<AirframeHours hours={a.totalAirframeHours} />),
      "lg",
    ),
    ...sharedTail,
  ],
  vehicle: [
    column("make", "Make", (a) => <LinkCell asset={a} text={a.make ?? "Vehicle"} />),
    column("model", "Model", (a) => truncated(a.model, "max-w-40"), "sm"),
    column("year", "Year", (a) => numeric(a.year), "sm"),
    column("vin", "VIN", (a) => mono(a.vin), "md"),
    column("licensePlate", "Plate", (a) => mono(a.licensePlate)),
    column("color", "Colour", (a) => a.color, "lg"),
    column("mileage", "Mileage", (a) => numeric(<Mileage mileage={a.mileage} />), "lg"),
    ...sharedTail,
  ],
};

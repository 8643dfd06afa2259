"use client";

// The asset table's search box and its Status, Home center and Archived filters.
import type { Table } from "@tanstack/react-table";

import { DataTableFacetedFilter } from "@/components/data-table/data-table-faceted-filter";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { ArchivedFilter } from "@/components/data-table/data-table-archived-filter";
import { assetStatusOptions, type AssetKind } from "@/lib/assets/options";
import type { ServiceCenterOption } from "@/lib/assets/service-centers";

const placeholders: Record<AssetKind, string> = {
  aircraft: "Search registration, serial, make or model…",
  vehicle: "Search VIN, plate, make or model…",
};

type AssetsToolbarProps<TData> = { kind: AssetKind; table: Table<TData>; centers: ServiceCenterOption[] };

export function AssetsToolbar<TData>({ kind, table, centers }: AssetsToolbarProps<TData>) {
  const centerOptions = centers.map((center) => ({ value: center.id, label: `${center.name} (${center.code})` }));
  const noun = kind === "aircraft" ? "aircraft" : "vehicles";
  return (
    <DataTableToolbar
      table={table}
      searchLabel={`Search ${noun}`}
      searchPlaceholder={placeholders[kind]}
      className="sm:[&_[data-slot=input]]:w-80"
    >
      <DataTableFacetedFilter table={table} filterKey="status" title="Status" options={assetStatusOptions} />
      {centerOptions.length > 0 ? (
        <DataTableFacetedFilter table={table} filterKey="center" title="Home center" options={centerOptions} />
      ) : null}
      <ArchivedFilter table={table} label={`Archived ${noun}`} />
    </DataTableToolbar>
  );
}

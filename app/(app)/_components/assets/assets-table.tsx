"use client";

// The aircraft or vehicle list: unwraps the page's query promises and renders the URL-driven table.
import * as React from "react";

import { DataTable } from "@/components/data-table/data-table";
import { ListEmptyState } from "@/components/data-table/list-empty-state";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useDataTable } from "@/components/data-table/use-data-table";
import { assetListCodecs } from "@/lib/assets/list-params";
import type { AssetListResult, AssetListRow } from "@/lib/assets/queries";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";
import type { ServiceCenterOption } from "@/lib/assets/service-centers";
import { assetColumns } from "./asset-columns";
import { AssetsToolbar } from "./assets-toolbar";

type AssetsTableProps = {
  kind: AssetKind;
  assetsPromise: Promise<AssetListResult>;
  centersPromise: Promise<ServiceCenterOption[]>;
  canCreate: boolean;
};

const getRowId = (row: AssetListRow) => row.id;

export function AssetsTable({ kind, assetsPromise, centersPromise, canCreate }: AssetsTableProps) {
  const result = React.use(assetsPromise);
  const centers = React.use(centersPromise);
  const labels = assetKindLabels[kind];
  const { table, isPending, urlState } = useDataTable({
    codec: assetListCodecs[kind],
    result,
    columns: assetColumns[kind],
    getRowId,
  });

  return (
    <div className="flex flex-col gap-4">
      <AssetsToolbar kind={kind} table={table} centers={centers} />
      <DataTable
        table={table}
        caption={kind === "aircraft" ? "Aircraft" : "Vehicles"}
        isPending={isPending}
        emptyState={
          <ListEmptyState
            noun={labels.many}
            isFiltered={urlState.isFiltered}
            listHref={labels.path}
            create={canCreate ? { href: `${labels.path}/new`, label: `Add ${labels.one}` } : null}
          />
        }
      />
      <DataTablePagination table={table} totalCapped={result.totalCapped} />
    </div>
  );
}

"use client";
// The pairs as stacked cards over the URL-driven table state: search, reason filter, sort and pager
// work like every list's (components/data-table), the rows are cards so both customers fit a phone.
import * as React from "react";

import { DataTableFacetedFilter } from "@/components/data-table/data-table-faceted-filter";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { useDataTable } from "@/components/data-table/use-data-table";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { duplicateListCodec } from "@/lib/duplicate-pairs/list-params";
import type { DuplicatePairResource } from "@/lib/duplicate-pairs/resource";
import { reasonKinds, reasonLabels } from "@/lib/duplicate-pairs/rules";
import { PairCard } from "./pair-card";

type PairsResult = { rows: DuplicatePairResource[]; total: number; pageCount: number; page: number };

const reasonOptions = reasonKinds.map((kind) => ({ value: kind, label: reasonLabels[kind] }));
const sortOptions = [
  { value: "-score", label: "Highest score first" },
  { value: "score", label: "Lowest score first" },
  { value: "name", label: "Name A–Z" },
  { value: "-name", label: "Name Z–A" },
] as const;

export function DuplicatePairs({
  pairsPromise,
  everScanned,
}: {
  pairsPromise: Promise<PairsResult>;
  everScanned: boolean;
}) {
  const result = React.use(pairsPromise);
  const sortId = React.useId();
  const { table, isPending } = useDataTable({
    codec: duplicateListCodec,
    result,
    columns: [],
    getRowId: (row) => row.key,
  });
  const [{ id: sortColumn, desc } = { id: "score", desc: true }] = table.getState().sorting;
  const sortValue = `${desc ? "-" : ""}${sortColumn}`;
  const filtered = table.getState().globalFilter !== "" || table.getState().columnFilters.length > 0;

  return (
    <div className="flex flex-col gap-4" aria-busy={isPending}>
      <DataTableToolbar table={table} searchLabel="Search pairs" searchPlaceholder="Search by name, email, phone…">
        <DataTableFacetedFilter table={table} filterKey="reason" title="Reason" options={reasonOptions} />
        <div className="flex items-center gap-2">
          <label htmlFor={sortId} className="text-sm font-medium whitespace-nowrap">
            Sort by
          </label>
          <NativeSelect
            id={sortId}
            size="sm"
            value={sortValue}
            onChange={(event) => {
              const value = event.target.value;
              table.setSorting([{ id: value.replace(/^-/, ""), desc: value.startsWith("-") }]);
            }}
          >
            {sortOptions.map((option) => (
              <NativeSelectOption key={option.value} value={option.value}>
                {option.label}
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </div>
      </DataTableToolbar>
      {result.rows.length === 0 ? (
        <p className="rounded-lg border py-8 text-center font-medium">
          {filtered
            ? "No pairs match your search and filters."
            : everScanned
              ? "No possible duplicates found."
              : "No scan has run yet: start one with Scan now."}
        </p>
      ) : (
        <ul className="flex flex-col gap-4" aria-label="Possible duplicate pairs">
          {result.rows.map((pair) => (
            <li key={pair.key}>
              <PairCard pair={pair} />
            </li>
          ))}
        </ul>
      )}
      <DataTablePagination table={table} />
    </div>
  );
}

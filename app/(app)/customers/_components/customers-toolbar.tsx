"use client";

// The customers table's search box and its Status, Kind, Tag and Archived filters.
import type { Table } from "@tanstack/react-table";

import { DataTableFacetedFilter } from "@/components/data-table/data-table-faceted-filter";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { customerKindOptions, customerStatusOptions } from "@/lib/customers/schemas";
import { ArchivedFilter } from "./archived-filter";

type CustomersToolbarProps<TData> = {
  table: Table<TData>;
  tags: string[];
};

export function CustomersToolbar<TData>({ table, tags }: CustomersToolbarProps<TData>) {
  const tagOptions = tags.map((tag) => ({ value: tag, label: tag }));
  return (
    <DataTableToolbar
      table={table}
      searchLabel="Search customers"
      searchPlaceholder="Search name, account, email or phone…"
      // Wide enough for the placeholder to be read in full.
      className="sm:[&_[data-slot=input]]:w-80"
    >
      <DataTableFacetedFilter table={table} filterKey="status" title="Status" options={customerStatusOptions} />
      <DataTableFacetedFilter table={table} filterKey="kind" title="Kind" options={customerKindOptions} />
      {tagOptions.length > 0 ? (
        <DataTableFacetedFilter table={table} filterKey="tag" title="Tag" options={tagOptions} />
      ) : null}
      <ArchivedFilter table={table} />
    </DataTableToolbar>
  );
}

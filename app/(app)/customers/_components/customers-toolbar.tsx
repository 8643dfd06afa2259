"use client";

// The customers table's search box, its Status, Kind, Tag, Tier, My customers and Archived filters, and the
// Filters sheet (owner, date ranges, open work orders, assets, tag matching).
import * as React from "react";
import type { Table } from "@tanstack/react-table";

import { DataTableFacetedFilter } from "@/components/data-table/data-table-faceted-filter";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { customerColumnLabels } from "@/lib/customers/columns";
import { customerKindOptions, customerStatusOptions } from "@/lib/customers/options";
import type { SavedViewDto } from "@/lib/saved-views/resource";
import type { TierOption } from "@/lib/tiers/queries";
import type { OwnerOption } from "@/lib/customers/ownership/queries";
import { ArchivedFilter } from "@/components/data-table/data-table-archived-filter";
import { ExportMenu } from "./bulk/export-menu";
import { CustomerFiltersSheet } from "./filters/customer-filters-sheet";
import { MyCustomersToggle } from "./ownership/my-customers-toggle";
import { SavedViewsMenu } from "./saved-views/saved-views-menu";

type CustomersToolbarProps<TData> = {
  table: Table<TData>;
  /** Distinct tags read from every customer: awaited by the Tag filter alone, so the table never waits for them. */
  tagsPromise: Promise<string[]>;
  tiers: TierOption[];
  owners: OwnerOption[];
  views: SavedViewDto[];
  canShareViews: boolean;
};

export function CustomersToolbar<TData>({
  table,
  tagsPromise,
  tiers,
  owners,
  views,
  canShareViews,
}: CustomersToolbarProps<TData>) {
  const tierOptions = [
    ...tiers.map((tier) => ({ value: tier.id, label: tier.name })),
    { value: "none", label: "No tier" },
  ];
  return (
    <DataTableToolbar
      table={table}
      searchLabel="Search customers"
      searchPlaceholder="Search name, account, email, phone or aircraft…"
      // Wide enough for the placeholder to be read in full.
      className="sm:[&_[data-slot=input]]:w-80"
    >
      <DataTableFacetedFilter table={table} filterKey="status" title="Status" options={customerStatusOptions} />
      <DataTableFacetedFilter table={table} filterKey="kind" title="Kind" options={customerKindOptions} />
      <React.Suspense fallback={null}>
        <TagFilter table={table} tagsPromise={tagsPromise} />
      </React.Suspense>
      {tiers.length > 0 ? (
        <DataTableFacetedFilter table={table} filterKey="tier" title="Tier" options={tierOptions} />
      ) : null}
      <MyCustomersToggle table={table} />
      <CustomerFiltersSheet owners={owners} />
      <ArchivedFilter table={table} />
      <DataTableViewOptions table={table} labels={customerColumnLabels} />
      <ExportMenu table={table} />
      <SavedViewsMenu views={views} canShare={canShareViews} />
    </DataTableToolbar>
  );
}

/** The Tag filter, once the organization's tags are read (none: no filter). */
function TagFilter<TData>({ table, tagsPromise }: { table: Table<TData>; tagsPromise: Promise<string[]> }) {
  const tags = React.use(tagsPromise);
  if (tags.length === 0) return null;
  const options = tags.map((tag) => ({ value: tag, label: tag }));
  return <DataTableFacetedFilter table={table} filterKey="tag" title="Tag" options={options} />;
}

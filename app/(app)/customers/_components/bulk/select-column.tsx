"use client";
// The checkbox column of the customers table: the header ticks every row on this page. Native checkboxes
// (styled in components/ui/slots.css): a Radix checkbox also renders a hidden form input on every row.
import type { ColumnDef } from "@tanstack/react-table";

export function selectColumn<TData extends { name: string }>(): ColumnDef<TData, unknown> {
  return {
    id: "select",
    enableSorting: false,
    enableHiding: false,
    header: ({ table }) => {
      const some = !table.getIsAllPageRowsSelected() && table.getIsSomePageRowsSelected();
      return (
        <input
          type="checkbox"
          aria-label="Select all customers on this page"
          checked={table.getIsAllPageRowsSelected()}
          ref={(input) => {
            if (input) input.indeterminate = some;
          }}
          onChange={(event) => table.toggleAllPageRowsSelected(event.target.checked)}
        />
      );
    },
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select ${row.original.name}`}
        checked={row.getIsSelected()}
        onChange={(event) => row.toggleSelected(event.target.checked)}
      />
    ),
  };
}

"use client";
// "My customers": toggles the list's `?owner=me` filter (customers the signed-in user owns).
import type { Table } from "@tanstack/react-table";
import { UserCheckIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

const FILTER_KEY = "owner";

export function MyCustomersToggle<TData>({ table }: { table: Table<TData> }) {
  const current = table.getState().columnFilters.find((filter) => filter.id === FILTER_KEY)?.value;
  const pressed = Array.isArray(current) && current[0] === "me";

  function toggle() {
    table.setColumnFilters((filters) => [
      ...filters.filter((filter) => filter.id !== FILTER_KEY),
      ...(pressed ? [] : [{ id: FILTER_KEY, value: ["me"] }]),
    ]);
  }

  return (
    <Button
      variant={pressed ? "secondary" : "outline"}
      size="sm"
      className="h-8 border-dashed"
      aria-pressed={pressed}
      onClick={toggle}
    >
      <UserCheckIcon aria-hidden="true" />
      My customers
    </Button>
  );
}

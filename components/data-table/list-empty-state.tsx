// What a list table shows without rows: a way out of the search and filters, or the first record to
// add; and the list header's primary "Add …" button.
import Link from "next/link";
import { PlusIcon } from "lucide-react";

import { Button } from "@/components/ui/button";

type NewRecordLink = { href: string; label: string };

export function NewRecordButton({ href, label, size }: NewRecordLink & { size?: "sm" }) {
  return (
    <Button asChild size={size}>
      <Link href={href}>
        <PlusIcon aria-hidden="true" />
        {label}
      </Link>
    </Button>
  );
}

type ListEmptyStateProps = {
  /** Plural, as in "No work orders yet". */
  noun: string;
  isFiltered: boolean;
  /** The list without search or filters. */
  listHref: string;
  /** The first record to add, when the user may. */
  create: NewRecordLink | null;
};

export function ListEmptyState({ noun, isFiltered, listHref, create }: ListEmptyStateProps) {
  if (isFiltered) {
    return (
      <div className="flex flex-col items-center gap-2 py-8">
        <p className="font-medium text-foreground">No {noun} match your search and filters.</p>
        <Link href={listHref} className="text-sm font-medium underline underline-offset-4">
          Reset search and filters
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col items-center gap-3 py-8">
      <p className="font-medium text-foreground">No {noun} yet</p>
      {create ? <NewRecordButton {...create} size="sm" /> : null}
    </div>
  );
}

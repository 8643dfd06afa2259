// What the customers table shows without rows: a way out of the filters, or a first customer to add.
import Link from "next/link";
import { PlusIcon } from "lucide-react";

import { Button } from "@/components/ui/button";

export function CustomersEmptyState({ isFiltered, canCreate }: { isFiltered: boolean; canCreate: boolean }) {
  if (isFiltered) {
    return (
      <div className="flex flex-col items-center gap-2 py-8">
        <p className="font-medium text-foreground">No customers match your search and filters.</p>
        <Link href="/customers" className="text-sm font-medium underline underline-offset-4">
          Reset search and filters
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col items-center gap-3 py-8">
      <p className="font-medium text-foreground">No customers yet</p>
      {canCreate ? (
        <Button asChild size="sm">
          <Link href="/customers/new">
            <PlusIcon aria-hidden="true" />
            Add customer
          </Link>
        </Button>
      ) : null}
    </div>
  );
}

// What the work orders table shows without rows: a way out of the filters, or a first work order.
import Link from "next/link";
import { PlusIcon } from "lucide-react";

import { Button } from "@/components/ui/button";

export function WorkOrdersEmptyState({ isFiltered, canCreate }: { isFiltered: boolean; canCreate: boolean }) {
  if (isFiltered) {
    return (
      <div className="flex flex-col items-center gap-2 py-8">
        <p className="font-medium text-foreground">No work orders match your search and filters.</p>
        <Link href="/work-orders" className="text-sm font-medium underline underline-offset-4">
          Reset search and filters
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col items-center gap-3 py-8">
      <p className="font-medium text-foreground">No work orders yet</p>
      {canCreate ? (
        <Button asChild size="sm">
          <Link href="/work-orders/new">
            <PlusIcon aria-hidden="true" />
            New work order
          </Link>
        </Button>
      ) : null}
    </div>
  );
}

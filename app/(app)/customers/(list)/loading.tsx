// Shown while the customers page resolves the session, before the stat cards and table stream in.
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";
import { defaultCustomerColumnIds } from "@/lib/customers/columns";
import { CustomersStatsSkeleton } from "../_components/customers-stats";

export default function CustomersLoading() {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center justify-between gap-4">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-9 w-32" />
      </div>
      <CustomersStatsSkeleton />
      <DataTableSkeleton columnCount={defaultCustomerColumnIds.length} filterCount={6} />
    </div>
  );
}

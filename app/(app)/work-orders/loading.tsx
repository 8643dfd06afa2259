// Shown while the work orders page resolves the session, before the table streams in.
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function WorkOrdersLoading() {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center justify-between gap-4">
        <Skeleton className="h-8 w-44" />
        <Skeleton className="h-9 w-40" />
      </div>
      <DataTableSkeleton columnCount={7} filterCount={3} />
    </div>
  );
}

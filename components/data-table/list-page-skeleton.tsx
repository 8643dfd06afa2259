// Loading state of a list page: title and primary-button placeholders above a table skeleton.
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";

type ListPageSkeletonProps = {
  columnCount: number;
  filterCount: number;
  /** Width classes sized to the page's own title and button. */
  titleClassName?: string;
  buttonClassName?: string;
};

export function ListPageSkeleton({ columnCount, filterCount, titleClassName, buttonClassName }: ListPageSkeletonProps) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center justify-between gap-4">
        <Skeleton className={cn("h-8 w-40", titleClassName)} />
        <Skeleton className={cn("h-9 w-32", buttonClassName)} />
      </div>
      <DataTableSkeleton columnCount={columnCount} filterCount={filterCount} />
    </div>
  );
}

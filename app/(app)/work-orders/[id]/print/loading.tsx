// Shown while the printable work order loads: a sheet of paper in outline.
import { Skeleton } from "@/components/ui/skeleton";

export default function PrintWorkOrderLoading() {
  return (
    <div aria-busy="true" data-skeleton="document" className="flex flex-col gap-4">
      <span className="sr-only">Loading…</span>
      <div
        aria-hidden="true"
        className="mx-auto flex w-full max-w-[210mm] flex-col gap-6 rounded-lg border p-5 sm:p-10"
      >
        <Skeleton className="h-12 w-full" />
        <div className="grid gap-6 sm:grid-cols-2">
          <Skeleton className="h-32" />
          <Skeleton className="h-32" />
        </div>
        <Skeleton className="h-24" />
        <Skeleton className="h-32" />
      </div>
    </div>
  );
}

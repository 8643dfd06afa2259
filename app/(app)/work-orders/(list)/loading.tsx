// Shown while the work orders page resolves the session, before the table streams in.
import { ListPageSkeleton } from "@/components/data-table/list-page-skeleton";

export default function WorkOrdersLoading() {
  return <ListPageSkeleton columnCount={7} filterCount={3} titleClassName="w-44" buttonClassName="w-40" />;
}

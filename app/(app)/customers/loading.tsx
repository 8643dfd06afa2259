// Shown while the customers page resolves the session, before the table streams in.
import { ListPageSkeleton } from "@/components/data-table/list-page-skeleton";

export default function CustomersLoading() {
  return <ListPageSkeleton columnCount={9} filterCount={4} />;
}

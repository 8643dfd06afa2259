// Shown while a work order's page loads: its number, status and overview cards in outline.
import { DetailPageSkeleton } from "@/components/page-skeletons";

export default function WorkOrderLoading() {
  return <DetailPageSkeleton cards={4} />;
}

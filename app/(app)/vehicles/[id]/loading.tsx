// Shown while the vehicle's page loads: its header, tabs and details in outline.
import { DetailPageSkeleton } from "@/components/page-skeletons";

export default function VehicleLoading() {
  return <DetailPageSkeleton tabs cards={2} />;
}

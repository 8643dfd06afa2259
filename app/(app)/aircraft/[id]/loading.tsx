// Shown while the aircraft's page loads: its header, tabs and details in outline.
import { DetailPageSkeleton } from "@/components/page-skeletons";

export default function AircraftLoading() {
  return <DetailPageSkeleton tabs cards={2} />;
}

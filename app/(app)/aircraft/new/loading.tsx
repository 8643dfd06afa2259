// Shown while the new-aircraft form loads.
import { FormPageSkeleton } from "@/components/page-skeletons";

export default function NewAircraftLoading() {
  return <FormPageSkeleton sections={3} />;
}

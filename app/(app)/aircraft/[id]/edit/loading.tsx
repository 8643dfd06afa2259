// Shown while the edit aircraft form loads.
import { FormPageSkeleton } from "@/components/page-skeletons";

export default function EditAircraftLoading() {
  return <FormPageSkeleton sections={3} />;
}

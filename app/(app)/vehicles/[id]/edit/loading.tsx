// Shown while the edit vehicle form loads.
import { FormPageSkeleton } from "@/components/page-skeletons";

export default function EditVehicleLoading() {
  return <FormPageSkeleton sections={3} />;
}

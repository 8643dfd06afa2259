// Shown while the new-vehicle form loads.
import { FormPageSkeleton } from "@/components/page-skeletons";

export default function NewVehicleLoading() {
  return <FormPageSkeleton sections={3} />;
}

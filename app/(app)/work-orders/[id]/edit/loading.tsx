// Shown while the edit work order form loads.
import { FormPageSkeleton } from "@/components/page-skeletons";

export default function EditWorkOrderLoading() {
  return <FormPageSkeleton sections={1} />;
}

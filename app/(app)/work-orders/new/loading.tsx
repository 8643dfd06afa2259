// Shown while the new work order form loads: the asset and Bill to section, then the work order's fields.
import { FormPageSkeleton } from "@/components/page-skeletons";

export default function NewWorkOrderLoading() {
  return <FormPageSkeleton sections={2} />;
}

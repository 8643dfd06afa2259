// Shown while a customer's page loads: the header, tabs and overview sections in outline.
import { DetailPageSkeleton } from "@/components/page-skeletons";

export default function CustomerLoading() {
  return <DetailPageSkeleton avatar tabs cards={4} />;
}

// Add aircraft: the shared asset form, blank.
import type { Metadata } from "next";

import { NewAssetPage } from "../../_components/assets/asset-form-page";

export const metadata: Metadata = { title: "Add aircraft" };

export default function NewAircraftPage() {
  return <NewAssetPage kind="aircraft" />;
}

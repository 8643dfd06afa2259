// Add vehicle: the shared asset form, blank.
import type { Metadata } from "next";

import { NewAssetPage } from "../../_components/assets/asset-form-page";

export const metadata: Metadata = { title: "Add vehicle" };

export default function NewVehiclePage() {
  return <NewAssetPage kind="vehicle" />;
}

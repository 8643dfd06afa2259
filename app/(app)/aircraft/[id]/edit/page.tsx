// Edit aircraft: the shared asset form prefilled, carrying the version it was loaded at.
import type { Metadata } from "next";

import { EditAssetPage } from "../../../_components/assets/asset-form-page";

export const metadata: Metadata = { title: "Edit aircraft" };

export default async function EditAircraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditAssetPage kind="aircraft" id={id} />;
}

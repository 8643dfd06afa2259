// Vehicles list: the shared asset list page for vehicles.
import type { Metadata } from "next";

import type { SearchParamsRecord } from "@/lib/list-params";
import { AssetListPage } from "../../_components/assets/asset-list-page";

export const metadata: Metadata = { title: "Vehicles" };

export default function VehicleListPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  return <AssetListPage kind="vehicle" searchParams={searchParams} />;
}

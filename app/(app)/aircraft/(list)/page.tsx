// Aircraft list: the shared asset list page for aircraft.
import type { Metadata } from "next";

import type { SearchParamsRecord } from "@/lib/list-params";
import { AssetListPage } from "../../_components/assets/asset-list-page";

export const metadata: Metadata = { title: "Aircraft" };

export default function AircraftListPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  return <AssetListPage kind="aircraft" searchParams={searchParams} />;
}

// Aircraft detail (RSC): header with actions, and the Details, Customers and Work orders tabs.
import type { Metadata } from "next";

import { requireCtx } from "@/lib/auth/session";
import { assetLabel } from "@/lib/assets/format";
import { AssetCustomersTab } from "@/app/(app)/_components/asset-links/asset-customers-tab";
import { AssetWorkOrdersTab } from "@/app/(app)/work-orders/_components/asset-work-orders-tab";
import { AssetDetailTabs } from "../../_components/assets/asset-detail-tabs";
import { AssetDetails } from "../../_components/assets/asset-details";
import { AssetHeader } from "../../_components/assets/asset-header";
import { loadAssetOfKind } from "../../_components/assets/load-asset";

type AircraftPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: AircraftPageProps): Promise<Metadata> {
  const { id } = await params;
  return { title: assetLabel(await loadAssetOfKind(await requireCtx(), "aircraft", id)) };
}

export default async function AircraftPage({ params }: AircraftPageProps) {
  const { id } = await params;
  const ctx = await requireCtx();
  const asset = await loadAssetOfKind(ctx, "aircraft", id);
  const customersTab = <AssetCustomersTab assetId={asset.id} />;
  const workOrdersTab = <AssetWorkOrdersTab assetId={asset.id} />;

  return (
    <div className="flex flex-col gap-6">
      <AssetHeader asset={asset} role={ctx.role} />
      <AssetDetailTabs details={<AssetDetails asset={asset} />} customers={customersTab} workOrders={workOrdersTab} />
    </div>
  );
}

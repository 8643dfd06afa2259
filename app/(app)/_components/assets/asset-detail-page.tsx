// An aircraft's or vehicle's detail page (RSC): header with actions, and the Details, Customers and
// Work orders tabs (`?tab=customers` opens one directly).
import type { Metadata } from "next";

import { requireCtx } from "@/lib/auth/session";
import { LiveUpdates } from "@/components/live/live-updates";
import { liveCursor } from "@/lib/live/changes";
import { assetTopic } from "@/lib/live/topics";
import { assetLabel } from "@/lib/assets/format";
import { getPrimaryLink } from "@/lib/asset-links/queries";
import type { AssetKind } from "@/lib/generated/prisma/client";
import { AssetCustomersTab } from "@/app/(app)/_components/asset-links/asset-customers-tab";
import { AssetWorkOrdersTab } from "@/app/(app)/work-orders/_components/asset-work-orders-tab";
import { AssetDetailTabs } from "./asset-detail-tabs";
import { AssetDetails } from "./asset-details";
import { AssetHeader } from "./asset-header";
import { loadAssetOfKind } from "./load-asset";

export type AssetPageProps = { params: Promise<{ id: string }> };

export async function assetPageMetadata(kind: AssetKind, { params }: AssetPageProps): Promise<Metadata> {
  const { id } = await params;
  return { title: assetLabel(await loadAssetOfKind(await requireCtx(), kind, id)) };
}

export async function AssetDetailPage({ kind, params }: AssetPageProps & { kind: AssetKind }) {
  const { id } = await params;
  const ctx = await requireCtx();
  // Before the record: a change after this is pushed to the page, however late it subscribes.
  const since = await liveCursor(ctx);
  // The primary link needs only the id: read beside the asset (an unknown id still ends in not-found).
  const [asset, primaryLink] = await Promise.all([loadAssetOfKind(ctx, kind, id), getPrimaryLink(ctx, id)]);
  const archived = asset.archivedAt !== null;

  return (
    <div className="flex flex-col gap-6">
      <AssetHeader asset={asset} role={ctx.role} />
      <LiveUpdates topics={[assetTopic(asset.id)]} since={since} />
      <AssetDetailTabs
        details={<AssetDetails asset={asset} primaryLink={primaryLink} />}
        customers={<AssetCustomersTab assetId={asset.id} archived={archived} />}
        workOrders={<AssetWorkOrdersTab assetId={asset.id} />}
      />
    </div>
  );
}

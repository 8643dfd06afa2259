import "server-only";
// What the new-work-order form needs once an asset is picked: its label, home center and the
// customers it could bill (current links, primary first).
import type { Ctx } from "@/lib/auth/context";
import { listLinksForAsset } from "@/lib/asset-links/queries";
import { assetLabel } from "@/lib/assets/format";
import { getAsset } from "@/lib/assets/queries";
import type { AssetRelationship } from "@/lib/asset-links/options";

export interface WorkOrderAssetCustomer {
  id: string;
  name: string;
  relationship: AssetRelationship;
  isPrimary: boolean;
}

export interface WorkOrderAssetInfo {
  id: string;
  kind: "aircraft" | "vehicle";
  label: string;
  archived: boolean;
  homeServiceCenterId: string | null;
  customers: WorkOrderAssetCustomer[];
}

export async function loadWorkOrderAsset(ctx: Ctx, assetId: string): Promise<WorkOrderAssetInfo> {
  const [asset, links] = await Promise.all([getAsset(ctx, assetId), listLinksForAsset(ctx, assetId)]);
  return {
    id: asset.id,
    kind: asset.kind,
    label: assetLabel(asset),
    archived: asset.archivedAt !== null,
    homeServiceCenterId: asset.homeServiceCenterId,
    customers: links
      .filter((link) => link.status === "current")
      .map((link) => ({
        id: link.customer.id,
        name: link.customer.name,
        relationship: link.relationship,
        isPrimary: link.isPrimary,
      })),
  };
}

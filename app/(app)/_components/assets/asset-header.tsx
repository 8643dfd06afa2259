// The asset detail page's header: label, status badges, Edit and the Actions menu, and the archived banner.
import Link from "next/link";
import { CarIcon, PencilIcon, PlaneIcon } from "lucide-react";

import { ArchivedBanner, DetailHeader } from "@/components/detail-header";
import { Button } from "@/components/ui/button";
import { LocalDate } from "@/components/time";
import { can, type Role } from "@/lib/auth/permissions";
import { assetLabel } from "@/lib/assets/format";
import { assetKindLabels } from "@/lib/assets/options";
import type { AssetDetail } from "@/lib/assets/queries";
import { mayEditAsset } from "@/lib/assets/rules";
import { AssetActionsMenu, RestoreAssetButton } from "./asset-actions-menu";
import { ActiveBadge, ArchivedBadge } from "@/components/status-badges";

export function AssetHeader({ asset, role }: { asset: AssetDetail; role: Role }) {
  const isArchived = asset.archivedAt !== null;
  const { path } = assetKindLabels[asset.kind];
  const label = assetLabel(asset);
  const Icon = asset.kind === "aircraft" ? PlaneIcon : CarIcon;

  return (
    <DetailHeader
      list={{ href: path, label: asset.kind === "aircraft" ? "Aircraft" : "Vehicles" }}
      icon={
        <Icon
          aria-label={asset.kind === "aircraft" ? "Aircraft" : "Vehicle"}
          className="size-5 text-muted-foreground"
        />
      }
      title={label}
      badges={
        <>
          <ActiveBadge active={asset.active} />
          {isArchived ? <ArchivedBadge /> : null}
        </>
      }
      actions={
        <>
          {mayEditAsset(role, asset) ? (
            <Button asChild>
              <Link href={`${path}/${asset.id}/edit`}>
                <PencilIcon aria-hidden="true" />
                Edit
              </Link>
            </Button>
          ) : null}
          <AssetActionsMenu
            asset={{ id: asset.id, kind: asset.kind, label, isArchived }}
            canArchive={can(role, "asset:archive")}
            canRestore={can(role, "asset:restore")}
            canDelete={can(role, "asset:delete")}
          />
        </>
      }
      banner={
        asset.archivedAt ? (
          <ArchivedBanner
            action={can(role, "asset:restore") ? <RestoreAssetButton assetId={asset.id} kind={asset.kind} /> : null}
          >
            This {asset.kind} was archived{asset.archivedBy ? ` by ${asset.archivedBy.name}` : ""} on{" "}
            <LocalDate date={asset.archivedAt} withTime />. It is hidden from the list and cannot be edited.
          </ArchivedBanner>
        ) : null
      }
    />
  );
}

// The asset detail page's header: label, status badges, Edit and the Actions menu, and the archived banner.
import Link from "next/link";
import { ArchiveIcon, CarIcon, ChevronLeftIcon, PencilIcon, PlaneIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { LocalDate } from "@/app/(app)/customers/_components/local-date";
import { can, type Role } from "@/lib/auth/permissions";
import { assetLabel } from "@/lib/assets/format";
import { assetKindLabels } from "@/lib/assets/options";
import type { AssetDetail } from "@/lib/assets/queries";
import { AssetActionsMenu } from "./asset-actions-menu";
import { ActiveBadge, ArchivedBadge } from "./asset-badges";
import { RestoreAssetButton } from "./restore-asset-button";

function ArchivedBanner({ asset, canRestore }: { asset: AssetDetail; canRestore: boolean }) {
  if (!asset.archivedAt) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p className="flex items-center gap-2">
        <ArchiveIcon aria-hidden="true" className="size-4 shrink-0" />
        <span>
          This {asset.kind} was archived{asset.archivedBy ? ` by ${asset.archivedBy.name}` : ""} on{" "}
          <LocalDate date={asset.archivedAt} withTime />. It is hidden from the list and cannot be edited.
        </span>
      </p>
      {canRestore ? <RestoreAssetButton assetId={asset.id} kind={asset.kind} /> : null}
    </div>
  );
}

export function AssetHeader({ asset, role }: { asset: AssetDetail; role: Role }) {
  const isArchived = asset.archivedAt !== null;
  const { path } = assetKindLabels[asset.kind];
  const label = assetLabel(asset);
  const Icon = asset.kind === "aircraft" ? PlaneIcon : CarIcon;

  return (
    <div className="flex flex-col gap-4">
      <Link href={path} className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeftIcon aria-hidden="true" className="size-4" />
        {asset.kind === "aircraft" ? "Aircraft" : "Vehicles"}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 items-start gap-3">
          <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-muted">
            <Icon aria-label={asset.kind === "aircraft" ? "Aircraft" : "Vehicle"} className="size-5 text-muted-foreground" />
          </span>
          <div className="flex min-w-0 flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-words">{label}</h1>
            <ActiveBadge active={asset.active} />
            {isArchived ? <ArchivedBadge /> : null}
          </div>
        </div>
        <div className="flex items-center gap-2">
          {!isArchived && can(role, "asset:update") ? (
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
        </div>
      </div>
      <ArchivedBanner asset={asset} canRestore={can(role, "asset:restore")} />
    </div>
  );
}

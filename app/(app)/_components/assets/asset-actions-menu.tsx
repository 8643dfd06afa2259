"use client";

// The asset detail page's Actions menu and the archived banner's Restore button, bound to the asset actions.
import { RecordActionsMenu, RestoreRecordButton } from "@/components/record-actions";
import { archiveAssetAction, deleteAssetAction, restoreAssetAction } from "@/lib/assets/actions";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";

type AssetActionsMenuProps = {
  asset: { id: string; kind: AssetKind; label: string; isArchived: boolean };
  canArchive: boolean;
  canRestore: boolean;
  canDelete: boolean;
};

const actions = { archive: archiveAssetAction, restore: restoreAssetAction, remove: deleteAssetAction };

function kindNoun(kind: AssetKind) {
  return kind === "aircraft" ? "Aircraft" : "Vehicle";
}

export function AssetActionsMenu({ asset, ...allowed }: AssetActionsMenuProps) {
  const { one, many, path } = assetKindLabels[asset.kind];
  return (
    <RecordActionsMenu
      record={{ id: asset.id, name: asset.label, isArchived: asset.isArchived }}
      noun={kindNoun(asset.kind)}
      actions={actions}
      {...allowed}
      archiveDescription={`Archived ${many} are hidden from the list and from pickers, and cannot be edited. You can restore them at any time.`}
      deleteDescription={`The ${one} will be removed for good. This is refused while work orders or customer links refer to it; archive it instead to keep its history.`}
      listHref={path}
    />
  );
}

export function RestoreAssetButton({ assetId, kind }: { assetId: string; kind: AssetKind }) {
  return <RestoreRecordButton id={assetId} noun={kindNoun(kind)} action={restoreAssetAction} />;
}

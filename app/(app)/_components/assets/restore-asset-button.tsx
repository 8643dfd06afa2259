"use client";

// The archived banner's Restore button.
import { ArchiveRestoreIcon, Loader2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { useCustomerAction as useRecordAction } from "@/app/(app)/customers/_components/use-customer-action";
import { restoreAssetAction } from "@/lib/assets/actions";
import type { AssetKind } from "@/lib/assets/options";

export function RestoreAssetButton({ assetId, kind }: { assetId: string; kind: AssetKind }) {
  const { run, isPending } = useRecordAction(restoreAssetAction, `${kind === "aircraft" ? "Aircraft" : "Vehicle"} restored`);
  return (
    <Button variant="outline" size="sm" disabled={isPending} onClick={() => run(assetId)}>
      {isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : <ArchiveRestoreIcon aria-hidden="true" />}
      Restore
    </Button>
  );
}

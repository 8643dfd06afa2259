// What the asset table shows without rows: a way out of the filters, or a first record to add.
import Link from "next/link";
import { PlusIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";

type AssetsEmptyStateProps = { kind: AssetKind; isFiltered: boolean; canCreate: boolean };

export function AssetsEmptyState({ kind, isFiltered, canCreate }: AssetsEmptyStateProps) {
  const { path, many, one } = assetKindLabels[kind];
  if (isFiltered) {
    return (
      <div className="flex flex-col items-center gap-2 py-8">
        <p className="font-medium text-foreground">No {many} match your search and filters.</p>
        <Link href={path} className="text-sm font-medium underline underline-offset-4">
          Reset search and filters
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col items-center gap-3 py-8">
      <p className="font-medium text-foreground">No {many} yet</p>
      {canCreate ? (
        <Button asChild size="sm">
          <Link href={`${path}/new`}>
            <PlusIcon aria-hidden="true" />
            Add {one}
          </Link>
        </Button>
      ) : null}
    </div>
  );
}

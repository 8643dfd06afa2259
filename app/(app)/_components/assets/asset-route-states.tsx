// The list skeleton and the not-found message shared by the aircraft and vehicle routes.
import Link from "next/link";

import { ListPageSkeleton } from "@/components/data-table/list-page-skeleton";
import { Button } from "@/components/ui/button";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";

export function AssetListLoading() {
  return <ListPageSkeleton columnCount={8} filterCount={3} />;
}

export function AssetNotFound({ kind }: { kind: AssetKind }) {
  const { path } = assetKindLabels[kind];
  const title = kind === "aircraft" ? "Aircraft" : "Vehicle";
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
      <h2 className="text-lg font-semibold">{title} not found</h2>
      <p className="text-sm text-muted-foreground">It may have been deleted, or the link may be wrong.</p>
      <Button asChild variant="outline">
        <Link href={path}>Back to {kind === "aircraft" ? "aircraft" : "vehicles"}</Link>
      </Button>
    </div>
  );
}

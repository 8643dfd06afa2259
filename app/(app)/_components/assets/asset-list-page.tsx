// The aircraft and vehicle list pages (RSC): parse the URL for the kind, start the queries without
// awaiting, and stream the table in.
import { Suspense } from "react";

import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { ListCount } from "@/components/data-table/list-count";
import { NewRecordButton } from "@/components/data-table/list-empty-state";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { listAssets } from "@/lib/assets/queries";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";
import { assetListCodecs } from "@/lib/assets/list-params";
import { listServiceCenterOptions } from "@/lib/assets/service-centers";
import { readUpToLastPage, type SearchParamsRecord } from "@/lib/list-params";
import { AssetsTable } from "./assets-table";

const assetPageTitles: Record<AssetKind, { title: string; add: string }> = {
  aircraft: { title: "Aircraft", add: "Add aircraft" },
  vehicle: { title: "Vehicles", add: "Add vehicle" },
};

export async function AssetListPage({
  kind,
  searchParams,
}: {
  kind: AssetKind;
  searchParams: Promise<SearchParamsRecord>;
}) {
  const ctx = await requireCtx();
  const params = assetListCodecs[kind].parse(await searchParams);
  const assetsPromise = readUpToLastPage((page) => listAssets(ctx, page), params);
  const centersPromise = listServiceCenterOptions(ctx);
  const canCreate = can(ctx.role, "asset:create");
  const { title, add } = assetPageTitles[kind];

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <Suspense fallback={null}>
            <ListCount resultPromise={assetsPromise} noun={kind === "aircraft" ? "aircraft" : "vehicles"} />
          </Suspense>
        </div>
        {canCreate ? <NewRecordButton href={`${assetKindLabels[kind].path}/new`} label={add} /> : null}
      </header>
      <Suspense fallback={<DataTableSkeleton columnCount={8} filterCount={3} />}>
        <AssetsTable kind={kind} assetsPromise={assetsPromise} centersPromise={centersPromise} canCreate={canCreate} />
      </Suspense>
    </div>
  );
}

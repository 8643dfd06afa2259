// The new and edit pages for either kind (RSC): permission checks, the form's values and centers.
import { redirect } from "next/navigation";

import { requirePageAccess } from "../page-access";
import { Breadcrumbs, type Crumb } from "@/components/breadcrumbs";
import { mayEditAsset } from "@/lib/assets/rules";
import { requireCtx } from "@/lib/auth/session";
import { assetLabel } from "@/lib/assets/format";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";
import { listServiceCenterOptions } from "@/lib/assets/service-centers";
import { AssetForm } from "./asset-form";
import { buildNewAssetValues, toAssetFormValues } from "./asset-form-values";
import { loadAssetOfKind } from "./load-asset";

function PageHeading({ kind, crumbs, title }: { kind: AssetKind; crumbs: Crumb[]; title: string }) {
  const list = { href: assetKindLabels[kind].path, label: kind === "aircraft" ? "Aircraft" : "Vehicles" };
  return (
    <div className="flex flex-col gap-2">
      <Breadcrumbs list={list} items={crumbs} />
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
    </div>
  );
}

export async function NewAssetPage({ kind }: { kind: AssetKind }) {
  const ctx = await requireCtx();
  const { one } = assetKindLabels[kind];
  requirePageAccess(ctx, kind === "aircraft" ? "/aircraft/new" : "/vehicles/new");
  const centers = await listServiceCenterOptions(ctx);
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <PageHeading kind={kind} crumbs={[{ label: `Add ${one}` }]} title={`Add ${one}`} />
      <AssetForm kind={kind} mode={{ type: "create" }} defaultValues={buildNewAssetValues(kind)} centers={centers} />
    </div>
  );
}

export async function EditAssetPage({ kind, id }: { kind: AssetKind; id: string }) {
  const ctx = await requireCtx();
  requirePageAccess(ctx, kind === "aircraft" ? "/aircraft/:id/edit" : "/vehicles/:id/edit");
  const asset = await loadAssetOfKind(ctx, kind, id, "/edit");
  const { path, one } = assetKindLabels[kind];
  // An archived asset cannot be edited by anyone: its page says so and offers Restore.
  if (!mayEditAsset(ctx.role, asset)) redirect(`${path}/${id}`);
  const centers = await listServiceCenterOptions(ctx);
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <PageHeading
        kind={kind}
        crumbs={[{ href: `${path}/${id}`, label: assetLabel(asset) }, { label: "Edit" }]}
        title={`Edit ${one}`}
      />
      <AssetForm
        kind={kind}
        mode={{ type: "edit", assetId: asset.id, version: asset.version }}
        defaultValues={toAssetFormValues(asset)}
        centers={centers}
      />
    </div>
  );
}

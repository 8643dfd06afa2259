// New work order (RSC): active centers, technicians and, with `?assetId=`, the preselected asset.
import type { Metadata } from "next";

import { requirePageAccess } from "../../_components/page-access";
import { requireCtx } from "@/lib/auth/session";
import type { Ctx } from "@/lib/auth/context";
import { isAppError } from "@/lib/errors";
import { firstValue, type SearchParamsRecord } from "@/lib/list-params";
import { listServiceCenters } from "@/lib/service-centers/queries";
import { loadWorkOrderAsset, type WorkOrderAssetInfo } from "@/lib/work-orders/asset-info";
import { listTechnicianOptions } from "@/lib/work-orders/queries";
import { NewWorkOrderForm } from "../_components/new-work-order-form";

export const metadata: Metadata = { title: "New work order" };

/** A bad or foreign `?assetId=` just leaves the picker empty; an archived asset cannot be used. */
async function loadPreselected(ctx: Ctx, assetId: string): Promise<WorkOrderAssetInfo | null> {
  if (!assetId) return null;
  try {
    const asset = await loadWorkOrderAsset(ctx, assetId);
    return asset.archived ? null : asset;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export default async function NewWorkOrderPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/work-orders/new");
  const assetId = firstValue((await searchParams).assetId);
  const [centers, technicians, initialAsset] = await Promise.all([
    listServiceCenters(ctx, { activeOnly: true }),
    listTechnicianOptions(ctx),
    loadPreselected(ctx, assetId),
  ]);

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">New work order</h1>
      {centers.length === 0 ? (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          There is no active service center. An admin can add one under Settings → Service centers.
        </p>
      ) : null}
      <NewWorkOrderForm
        centers={centers.map(({ id, code, name }) => ({ id, code, name }))}
        technicians={technicians}
        initialAsset={initialAsset}
      />
    </div>
  );
}

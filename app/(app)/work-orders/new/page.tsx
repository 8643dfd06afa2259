// New work order (RSC): active centers, technicians and where it starts — `?assetId=` preselects the
// asset, `?customerId=` (a customer's "New work order") lists that customer's assets first.
import type { Metadata } from "next";

import { requirePageAccess } from "../../_components/page-access";
import { requireCtx } from "@/lib/auth/session";
import { firstValue, type SearchParamsRecord } from "@/lib/list-params";
import { listServiceCenters } from "@/lib/service-centers/queries";
import { loadWorkOrderStart } from "@/lib/work-orders/new-work-order";
import { listTechnicianOptions } from "@/lib/work-orders/queries";
import { NewWorkOrderForm } from "../_components/new-work-order-form";

export const metadata: Metadata = { title: "New work order" };

export default async function NewWorkOrderPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/work-orders/new");
  const params = await searchParams;
  const [centers, technicians, start] = await Promise.all([
    listServiceCenters(ctx, { activeOnly: true }),
    listTechnicianOptions(ctx),
    loadWorkOrderStart(ctx, { assetId: firstValue(params.assetId), customerId: firstValue(params.customerId) }),
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
        initialAsset={start.asset}
        startCustomer={start.customer}
      />
    </div>
  );
}

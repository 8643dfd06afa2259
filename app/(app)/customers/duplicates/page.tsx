// Possible duplicates (RSC, managers and up): the latest scan's state and a page of scored pairs to
// merge or dismiss, searched, filtered and sorted on the server from the URL.
import type { Metadata } from "next";
import { Suspense } from "react";

import { Breadcrumbs } from "@/components/breadcrumbs";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { ListCount } from "@/components/data-table/list-count";
import { requireCtx } from "@/lib/auth/session";
import { readUpToLastPage, type SearchParamsRecord } from "@/lib/list-params";
import { duplicateListCodec } from "@/lib/duplicate-pairs/list-params";
import { getDuplicateScanState, listDuplicatePairs } from "@/lib/duplicate-pairs/queries";
import { toDuplicatePairResource } from "@/lib/duplicate-pairs/resource";
import { requirePageAccess } from "../../_components/page-access";
import { DuplicatePairs } from "./_components/duplicate-pairs";
import { ScanPanel, type ScanView } from "./_components/scan-panel";

export const metadata: Metadata = { title: "Possible duplicates" };

export default async function DuplicatesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/customers/duplicates");
  const params = duplicateListCodec.parse(await searchParams);
  const pairsPromise = readUpToLastPage((page) => listDuplicatePairs(ctx, page), params).then((result) => ({
    ...result,
    rows: result.rows.map(toDuplicatePairResource),
  }));
  const { latest, lastCompletedAt } = await getDuplicateScanState(ctx);
  const scan: ScanView = {
    status: latest?.status ?? null,
    processed: latest?.processed ?? 0,
    total: latest?.total ?? null,
    pairs: latest?.status === "completed" ? latest.created : null,
    error: latest?.error ?? null,
    lastCompletedAt,
  };

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Breadcrumbs list={{ href: "/customers", label: "Customers" }} items={[{ label: "Possible duplicates" }]} />
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Possible duplicates</h1>
          <Suspense fallback={null}>
            <ListCount resultPromise={pairsPromise} noun="pairs" />
          </Suspense>
        </div>
        <p className="text-sm text-muted-foreground">
          Customers that share an email, a phone number, an account number, a website or an aircraft or vehicle, or
          whose names are alike in the same postal code or city. Merge them, or mark them as not a duplicate.
        </p>
      </header>
      <ScanPanel scan={scan} />
      <Suspense fallback={<DataTableSkeleton columnCount={3} filterCount={2} />}>
        <DuplicatePairs pairsPromise={pairsPromise} everScanned={lastCompletedAt !== null} />
      </Suspense>
    </div>
  );
}

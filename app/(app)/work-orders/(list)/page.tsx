// Work order list (RSC): parses the URL, starts the query without awaiting, streams the table in.
import type { Metadata } from "next";
import { Suspense } from "react";

import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { ListCount } from "@/components/data-table/list-count";
import { NewRecordButton } from "@/components/data-table/list-empty-state";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { LiveUpdates } from "@/components/live/live-updates";
import { liveCursor } from "@/lib/live/changes";
import { readUpToLastPage, type SearchParamsRecord } from "@/lib/list-params";
import { listServiceCenters } from "@/lib/service-centers/queries";
import { describeRecordFilters } from "@/lib/work-orders/filter-labels";
import { listWorkOrders } from "@/lib/work-orders/queries";
import { workOrderListCodec } from "@/lib/work-orders/list-params";
import { WorkOrdersTable } from "../_components/work-orders-table";

export const metadata: Metadata = { title: "Work orders" };

export default async function WorkOrdersPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const ctx = await requireCtx();
  const params = workOrderListCodec.parse(await searchParams);
  // Before the list: a change after this refreshes the page, however late it subscribes.
  const since = await liveCursor(ctx);
  const workOrdersPromise = readUpToLastPage((page) => listWorkOrders(ctx, page), params);
  const [centers, recordFilters] = await Promise.all([listServiceCenters(ctx), describeRecordFilters(ctx, params)]);
  const centerOptions = centers.map((center) => ({ value: center.id, label: `${center.code} · ${center.name}` }));
  const canCreate = can(ctx.role, "workOrder:create");

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Work orders</h1>
          <Suspense fallback={null}>
            <ListCount resultPromise={workOrdersPromise} noun="work orders" />
          </Suspense>
        </div>
        {canCreate ? <NewRecordButton href="/work-orders/new" label="New work order" /> : null}
      </header>
      <LiveUpdates topics={["work_orders"]} since={since} />
      <Suspense fallback={<DataTableSkeleton columnCount={7} filterCount={3} />}>
        <WorkOrdersTable
          workOrdersPromise={workOrdersPromise}
          centerOptions={centerOptions}
          recordFilters={recordFilters}
          canCreate={canCreate}
        />
      </Suspense>
    </div>
  );
}

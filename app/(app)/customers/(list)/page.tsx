// Customer list (RSC): parses the URL, starts the queries without awaiting, streams the table in.
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { CopyIcon, UploadIcon } from "lucide-react";

import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { ListCount } from "@/components/data-table/list-count";
import { NewRecordButton } from "@/components/data-table/list-empty-state";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { mayRunBulkAction } from "@/lib/customers/rules";
import { requireCtx } from "@/lib/auth/session";
import { LiveUpdates } from "@/components/live/live-updates";
import { liveCursor } from "@/lib/live/changes";
import { listCustomers, listCustomerTags } from "@/lib/customers/queries";
import { getCustomerStats } from "@/lib/customers/stats";
import { customerListCodec } from "@/lib/customers/list-params";
import { readUpToLastPage, type SearchParamsRecord } from "@/lib/list-params";
import { toCustomerTableResult } from "@/lib/customers/table-rows";
import { listSavedViews } from "@/lib/saved-views/queries";
import { listTierOptions } from "@/lib/tiers/queries";
import { listOwnerOptions } from "@/lib/customers/ownership/queries";
import { CustomersStats, CustomersStatsSkeleton } from "../_components/customers-stats";
import { CustomersTable } from "../_components/customers-table";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const ctx = await requireCtx();
  const params = customerListCodec.parse(await searchParams);
  // Before the list: a change after this refreshes the page, however late it subscribes.
  const since = await liveCursor(ctx);
  // Only the shown columns' fields go to the browser (lib/customers/table-rows.ts).
  const customersPromise = readUpToLastPage((page) => listCustomers(ctx, page), params).then((result) =>
    toCustomerTableResult(result, params.columns),
  );
  const statsPromise = getCustomerStats(ctx, params);
  const tagsPromise = listCustomerTags(ctx);
  const tiersPromise = listTierOptions(ctx);
  const ownersPromise = listOwnerOptions(ctx);
  const viewsPromise = listSavedViews(ctx, { resource: "customers" });
  const canCreate = can(ctx.role, "customer:create");

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Customers</h1>
          <Suspense fallback={null}>
            <ListCount resultPromise={customersPromise} noun="customers" />
          </Suspense>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {can(ctx.role, "duplicate:review") ? (
            <Button asChild variant="outline">
              <Link href="/customers/duplicates">
                <CopyIcon aria-hidden="true" />
                Duplicates
              </Link>
            </Button>
          ) : null}
          {can(ctx.role, "customer:import") ? (
            <Button asChild variant="outline">
              <Link href="/customers/import">
                <UploadIcon aria-hidden="true" />
                Import
              </Link>
            </Button>
          ) : null}
          {canCreate ? <NewRecordButton href="/customers/new" label="Add customer" /> : null}
        </div>
      </header>
      <LiveUpdates topics={["customers"]} since={since} />
      <Suspense fallback={<CustomersStatsSkeleton />}>
        <CustomersStats statsPromise={statsPromise} />
      </Suspense>
      <Suspense fallback={<DataTableSkeleton columnCount={params.columns.length} filterCount={6} />}>
        <CustomersTable
          customersPromise={customersPromise}
          tagsPromise={tagsPromise}
          tiersPromise={tiersPromise}
          ownersPromise={ownersPromise}
          viewsPromise={viewsPromise}
          canCreate={canCreate}
          canShareViews={can(ctx.role, "savedView:share")}
          bulkPermissions={{
            canEdit: mayRunBulkAction(ctx.role, "setStatus"),
            canArchive: mayRunBulkAction(ctx.role, "archive"),
            canExport: can(ctx.role, "customer:export"),
          }}
        />
      </Suspense>
    </div>
  );
}

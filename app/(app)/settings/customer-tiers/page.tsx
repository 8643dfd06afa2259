// Settings → Customer tiers: every member reads the tiers; managers and above add, edit and delete them.
import type { Metadata } from "next";
import { Suspense } from "react";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { listTiers } from "@/lib/tiers/queries";
import { TierDialog } from "./_components/tier-dialog";
import { TiersTable } from "./_components/tiers-table";

export const metadata: Metadata = { title: "Customer tiers" };

export default async function CustomerTiersPage() {
  const ctx = await requireCtx();
  const canManage = can(ctx.role, "tier:manage");
  const tiers = listTiers(ctx);

  return (
    <section aria-labelledby="customer-tiers-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="customer-tiers-heading" className="text-lg font-semibold">
            Customer tiers
          </h2>
          <p className="text-sm text-muted-foreground">
            Level 1 is the highest tier. A customer&apos;s tier sets its discount on work.
          </p>
        </div>
        {canManage ? <TierDialog mode={{ kind: "create" }} /> : null}
      </div>
      <Suspense fallback={<DataTableSkeleton columnCount={6} rowCount={3} filterCount={0} />}>
        <TiersTable tiers={tiers} canManage={canManage} />
      </Suspense>
    </section>
  );
}

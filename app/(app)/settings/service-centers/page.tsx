// Settings → Service centers: every member reads the list; admins add, edit and deactivate centers.
import type { Metadata } from "next";
import { Suspense } from "react";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { listServiceCenters } from "@/lib/service-centers/queries";
import { listMemberRefs, listServiceCenterMembers } from "@/lib/service-centers/members";
import { ServiceCenterDialog } from "./_components/service-center-dialog";
import { ServiceCentersTable } from "./_components/service-centers-table";

export const metadata: Metadata = { title: "Service centers" };

export default async function ServiceCentersPage() {
  const ctx = await requireCtx();
  const canManage = can(ctx.role, "serviceCenter:manage");
  const centers = listServiceCenters(ctx);
  const teams = Promise.all([listServiceCenterMembers(ctx), canManage ? listMemberRefs(ctx) : []]).then(
    ([byCenter, members]) => ({ byCenter, members }),
  );

  return (
    <section aria-labelledby="service-centers-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="service-centers-heading" className="text-lg font-semibold">
            Service centers
          </h2>
          <p className="text-sm text-muted-foreground">
            Each work order belongs to one center; its code (such as KTYS) starts the work order numbers. Customers
            shared with a center are visible in full to its members.
          </p>
        </div>
        {canManage ? <ServiceCenterDialog mode={{ kind: "create" }} /> : null}
      </div>
      <Suspense fallback={<DataTableSkeleton columnCount={6} rowCount={3} filterCount={0} />}>
        <ServiceCentersTable centers={centers} canManage={canManage} teams={teams} />
      </Suspense>
    </section>
  );
}

// Work order detail (RSC): number and status (with the status control, Print and Edit), then the overview cards.
import type { Metadata } from "next";
import Link from "next/link";
import { PencilIcon, PrinterIcon } from "lucide-react";

import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/ui/button";
import { requireCtx } from "@/lib/auth/session";
import { LiveUpdates } from "@/components/live/live-updates";
import { liveCursor } from "@/lib/live/changes";
import { workOrderTopic } from "@/lib/live/topics";
import { formatWorkOrderType } from "@/lib/work-orders/options";
import { mayChangeWorkOrder } from "@/lib/work-orders/rules";
import { WorkOrderPriorityBadge, WorkOrderStatusBadge } from "../_components/work-order-badges";
import { WorkOrderOverview } from "../_components/work-order-overview";
import { WorkOrderStatusControl } from "../_components/work-order-status-control";
import { loadWorkOrder } from "./load-work-order";

type WorkOrderPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: WorkOrderPageProps): Promise<Metadata> {
  const { id } = await params;
  const workOrder = await loadWorkOrder(await requireCtx(), id);
  return { title: workOrder.number };
}

export default async function WorkOrderPage({ params }: WorkOrderPageProps) {
  const { id } = await params;
  const ctx = await requireCtx();
  // Before the record: a change after this is pushed to the page, however late it subscribes.
  const since = await liveCursor(ctx);
  const workOrder = await loadWorkOrder(ctx, id);
  const canChange = mayChangeWorkOrder(ctx.role, workOrder);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 flex-col gap-2">
          <Breadcrumbs list={{ href: "/work-orders", label: "Work orders" }} items={[{ label: workOrder.number }]} />
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="font-mono text-2xl font-semibold tracking-tight">{workOrder.number}</h1>
            <WorkOrderStatusBadge status={workOrder.status} />
            <WorkOrderPriorityBadge priority={workOrder.priority} />
          </div>
          <p className="text-sm text-muted-foreground">{formatWorkOrderType(workOrder.type)}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          {canChange ? (
            <WorkOrderStatusControl id={workOrder.id} version={workOrder.version} status={workOrder.status} />
          ) : null}
          <Button asChild variant="outline" size="sm">
            <Link href={`/work-orders/${workOrder.id}/print`}>
              <PrinterIcon aria-hidden="true" />
              Print
            </Link>
          </Button>
          {canChange ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/work-orders/${workOrder.id}/edit`}>
                <PencilIcon aria-hidden="true" />
                Edit
              </Link>
            </Button>
          ) : null}
        </div>
      </header>
      <LiveUpdates topics={[workOrderTopic(workOrder.id)]} since={since} />
      <WorkOrderOverview workOrder={workOrder} />
    </div>
  );
}

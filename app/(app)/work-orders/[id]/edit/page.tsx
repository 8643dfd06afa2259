// Edit a work order (RSC): its fields and customer choice; completed and void ones are final.
import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { requirePageAccess } from "../../../_components/page-access";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireCtx } from "@/lib/auth/session";
import { loadWorkOrderAsset } from "@/lib/work-orders/asset-info";
import { toDateText } from "@/lib/format";
import { mayChangeWorkOrder } from "@/lib/work-orders/rules";
import { listTechnicianOptions } from "@/lib/work-orders/queries";
import { WorkOrderEditForm } from "../../_components/work-order-edit-form";
import { loadWorkOrder } from "../load-work-order";

type EditWorkOrderPageProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Edit work order" };

export default async function EditWorkOrderPage({ params }: EditWorkOrderPageProps) {
  const { id } = await params;
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/work-orders/:id/edit");
  const workOrder = await loadWorkOrder(ctx, id);
  // Completed and void work orders are final for everyone: their page shows them read-only.
  if (!mayChangeWorkOrder(ctx.role, workOrder)) redirect(`/work-orders/${workOrder.id}`);
  const [technicians, asset] = await Promise.all([
    listTechnicianOptions(ctx),
    loadWorkOrderAsset(ctx, workOrder.assetId),
  ]);
  // The current customer stays selectable even if its link has ended since.
  const customerOptions = asset.customers.map(({ id: value, name, isPrimary }) => ({
    value,
    label: isPrimary ? `${name} (primary)` : name,
  }));
  if (workOrder.customer && !customerOptions.some((option) => option.value === workOrder.customer?.id)) {
    customerOptions.unshift({ value: workOrder.customer.id, label: workOrder.customer.name });
  }

  // So is the current lead technician, even if their role no longer leads work orders.
  const lead = workOrder.leadTechnician;
  if (lead && !technicians.some((option) => option.value === lead.id)) {
    technicians.unshift({ value: lead.id, label: lead.name });
  }

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Breadcrumbs
          list={{ href: "/work-orders", label: "Work orders" }}
          items={[{ href: `/work-orders/${workOrder.id}`, label: workOrder.number }, { label: "Edit" }]}
        />
        <h1 className="text-2xl font-semibold tracking-tight">
          Edit <span className="font-mono">{workOrder.number}</span>
        </h1>
      </div>
      <WorkOrderEditForm
        id={workOrder.id}
        version={workOrder.version}
        technicians={technicians}
        customerOptions={customerOptions}
        defaultValues={{
          type: workOrder.type,
          priority: workOrder.priority,
          dueDate: toDateText(workOrder.dueDate) ?? "",
          leadTechnicianId: workOrder.leadTechnicianId ?? "",
          description: workOrder.description ?? "",
          customerId: workOrder.customerId ?? "",
        }}
      />
    </div>
  );
}

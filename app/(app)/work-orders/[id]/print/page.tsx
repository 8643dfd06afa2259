// Printable work order (RSC): the document, with Back, Print and Download PDF above it on screen only.
import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeftIcon, DownloadIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { requireCtx } from "@/lib/auth/session";
import { getWorkOrderDocument } from "@/lib/work-orders/document";
import { PrintButton } from "../../_components/print-button";
import { WorkOrderDocumentView } from "../../_components/work-order-document";
import { loadWorkOrder } from "../load-work-order";

type PrintWorkOrderPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: PrintWorkOrderPageProps): Promise<Metadata> {
  const { id } = await params;
  const workOrder = await loadWorkOrder(await requireCtx(), id);
  return { title: `Print ${workOrder.number}` };
}

export default async function PrintWorkOrderPage({ params }: PrintWorkOrderPageProps) {
  const { id } = await params;
  const ctx = await requireCtx();
  const workOrder = await loadWorkOrder(ctx, id);
  const document = await getWorkOrderDocument(ctx, workOrder.id);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link
          href={`/work-orders/${workOrder.id}`}
          className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        >
          <ChevronLeftIcon aria-hidden="true" className="size-4" />
          {workOrder.number}
        </Link>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline" size="sm">
            <a href={`/work-orders/${workOrder.id}/pdf`} download>
              <DownloadIcon aria-hidden="true" />
              Download PDF
            </a>
          </Button>
          <PrintButton />
        </div>
      </div>
      <WorkOrderDocumentView document={document} />
    </div>
  );
}

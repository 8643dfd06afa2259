import "server-only";
// Reads the work order for its pages (once per request); an unknown or other-organization id
// renders the not-found page.
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Ctx } from "@/lib/auth/context";
import { isAppError } from "@/lib/errors";
import { getWorkOrder, type WorkOrderDetail } from "@/lib/work-orders/queries";

export const loadWorkOrder = cache(async (ctx: Ctx, id: string): Promise<WorkOrderDetail> => {
  try {
    return await getWorkOrder(ctx, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

"use server";
// Work order server actions: builder → mutation → revalidate; plus the new-work-order form's lookups
// (asset search, the picked asset's customers and home center).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough, passThroughEdit } from "@/lib/safe-action";
import { loadWorkOrderAsset } from "@/lib/work-orders/asset-info";
import { createWorkOrder, updateWorkOrder } from "@/lib/work-orders/mutations";
import { searchWorkOrderAssets } from "@/lib/work-orders/new-work-order";
import { workOrderInputSchema, workOrderUpdateSchema } from "@/lib/work-orders/schemas";

const LIST_PATH = "/work-orders";

function revalidateWorkOrder(id: string) {
  revalidatePath(LIST_PATH);
  revalidatePath(`${LIST_PATH}/${id}`);
}

export const createWorkOrderAction = action(passThrough(workOrderInputSchema), async (input, ctx) => {
  const workOrder = await createWorkOrder(ctx, input);
  revalidateWorkOrder(workOrder.id);
  return { id: workOrder.id, number: workOrder.number };
});

/** Saves an edit or a status change; a work order changed since `version` was read is a CONFLICT. */
export const updateWorkOrderAction = action(
  passThroughEdit(workOrderUpdateSchema),
  async ({ id, version, ...patch }, ctx) => {
    await updateWorkOrder(ctx, id, patch, { expectedVersion: version });
    revalidateWorkOrder(id);
    return { id };
  },
);

/** The asset picker's options: non-archived aircraft and vehicles matching the query (a customer's first). */
export const searchWorkOrderAssetsAction = action(
  z.object({ q: z.string().max(200), customerId: z.string().max(100).nullish() }),
  async (input, ctx) => searchWorkOrderAssets(ctx, input),
);

/** What the form shows once an asset is picked: its label, home center and current customers. */
export const loadWorkOrderAssetAction = action(z.object({ assetId: z.string().min(1) }), async ({ assetId }, ctx) =>
  loadWorkOrderAsset(ctx, assetId),
);

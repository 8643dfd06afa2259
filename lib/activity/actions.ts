"use server";
// Timeline server actions: load a page (filters + cursor), log an entry, revert a change.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { logActivity, revertChange } from "@/lib/activity/mutations";
import { listActivity } from "@/lib/activity/queries";
import { activityListSchema, logActivitySchema } from "@/lib/activity/schemas";

const customerId = z.string().min(1);

export const listActivityAction = action(
  activityListSchema.extend({ customerId }),
  ({ customerId: id, ...params }, ctx) => listActivity(ctx, id, params),
);

export const logActivityAction = action(
  passThrough(logActivitySchema, { customerId }),
  async ({ customerId: id, ...entry }, ctx) => {
    const activity = await logActivity(ctx, id, entry);
    revalidatePath(`/customers/${id}`);
    return { id: activity.id };
  },
);

/** Reverting changes the customer's details, so its page and the list are stale afterwards. */
export const revertActivityAction = action(
  z.object({ customerId, activityId: z.string().min(1) }),
  async ({ customerId: id, activityId }, ctx) => {
    const activity = await revertChange(ctx, activityId, { customerId: id });
    revalidatePath("/customers");
    revalidatePath(`/customers/${id}`);
    return { id: activity.id };
  },
);

"use server";
// Sharing a customer from its page (owner or managers): builder → mutation → revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { removeCustomerShare, shareCustomer } from "@/lib/privacy/shares";
import { customerShareInputSchema } from "@/lib/privacy/visibility-modes";

export const shareCustomerAction = action(
  passThrough(customerShareInputSchema, { customerId: z.string().min(1) }),
  async ({ customerId, ...input }, ctx) => {
    const share = await shareCustomer(ctx, customerId, input);
    revalidatePath(`/customers/${customerId}`);
    return { id: share.id };
  },
);

export const removeCustomerShareAction = action(
  z.object({ customerId: z.string().min(1), shareId: z.string().min(1) }),
  async ({ customerId, shareId }, ctx) => {
    await removeCustomerShare(ctx, customerId, shareId);
    revalidatePath(`/customers/${customerId}`);
    return { id: shareId };
  },
);

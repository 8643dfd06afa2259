"use server";
// Ownership server actions: builder → transfer → revalidate the list and the customer's page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { transferOwnership } from "@/lib/customers/ownership/mutations";
import { ownershipTransferSchema } from "@/lib/customers/ownership/schemas";

export const transferOwnershipAction = action(
  passThrough(ownershipTransferSchema, { id: z.string().min(1) }),
  async ({ id, ...input }, ctx) => {
    await transferOwnership(ctx, id, input);
    revalidatePath("/customers");
    revalidatePath(`/customers/${id}`);
    return { id };
  },
);

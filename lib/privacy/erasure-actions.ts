"use server";
// Erasure server actions: builder → erasure → revalidate the customer's page and the lists.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { eraseContact, eraseCustomer } from "@/lib/privacy/erasure";
import { erasureRequestSchema } from "@/lib/privacy/erasure-schemas";

const id = (message: string) => z.string({ error: message }).trim().min(1, message);

function revalidateCustomer(customerId: string) {
  revalidatePath(`/customers/${customerId}`);
  revalidatePath("/customers");
  revalidatePath("/work-orders");
}

export const eraseCustomerAction = action(
  passThrough(erasureRequestSchema, { customerId: id("Choose a customer") }),
  async ({ customerId, ...input }, ctx) => {
    const result = await eraseCustomer(ctx, customerId, input);
    revalidateCustomer(result.customerId);
    return { erasureId: result.erasureId };
  },
);

export const eraseContactAction = action(
  passThrough(erasureRequestSchema, { contactId: id("Choose a contact") }),
  async ({ contactId, ...input }, ctx) => {
    const result = await eraseContact(ctx, contactId, input);
    revalidateCustomer(result.customerId);
    return { erasureId: result.erasureId };
  },
);

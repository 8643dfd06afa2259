"use server";
// Customer server actions: builder → mutation → revalidate the list and the customer's page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough, passThroughEdit } from "@/lib/safe-action";
import { describePrimaryLoss } from "@/lib/asset-links/primary-loss";
import {
  archiveCustomer,
  createCustomer,
  deleteCustomer,
  restoreCustomer,
  updateCustomer,
} from "@/lib/customers/mutations";
import { customerInputSchema, customerUpdateSchema } from "@/lib/customers/schemas";

const LIST_PATH = "/customers";

const customerIdSchema = z.object({ id: z.string().min(1) });

function revalidateCustomer(id: string) {
  revalidatePath(LIST_PATH);
  revalidatePath(`${LIST_PATH}/${id}`);
}

export const createCustomerAction = action(passThrough(customerInputSchema), async (input, ctx) => {
  const customer = await createCustomer(ctx, input);
  revalidateCustomer(customer.id);
  return { id: customer.id };
});

/** Saves the edit form; a customer changed since `version` was read is a CONFLICT. */
export const updateCustomerAction = action(
  passThroughEdit(customerUpdateSchema),
  async ({ id, version, ...fields }, ctx) => {
    await updateCustomer(ctx, id, fields, { expectedVersion: version });
    revalidateCustomer(id);
    return { id };
  },
);

/** Archiving or restoring may change the primary customer of its aircraft and vehicles. */
function revalidateAssetPages() {
  revalidatePath("/(app)/aircraft/[id]", "page");
  revalidatePath("/(app)/vehicles/[id]", "page");
}

export const archiveCustomerAction = action(customerIdSchema, async ({ id }, ctx) => {
  await archiveCustomer(ctx, id);
  revalidateCustomer(id);
  revalidateAssetPages();
  return { id };
});

/** For the archive confirmation: the aircraft and vehicles that lose this customer as primary. */
export const describePrimaryLossAction = action(customerIdSchema, ({ id }, ctx) => describePrimaryLoss(ctx, id));

export const restoreCustomerAction = action(customerIdSchema, async ({ id }, ctx) => {
  await restoreCustomer(ctx, id);
  revalidateCustomer(id);
  revalidateAssetPages();
  return { id };
});

export const deleteCustomerAction = action(customerIdSchema, async ({ id }, ctx) => {
  await deleteCustomer(ctx, id);
  revalidatePath(LIST_PATH);
  return { id };
});

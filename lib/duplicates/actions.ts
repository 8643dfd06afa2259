"use server";
// Duplicate checks from the customer form: the candidates while typing, and "merge into it" (fill
// the existing customer's empty fields with what was typed) with its preview.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { customerInputSchema } from "@/lib/customers/schemas";
import { findDuplicateCandidates } from "@/lib/duplicates/queries";
import { fillEmptyFields, previewFillEmptyFields } from "@/lib/duplicates/fill-empty";
import { duplicateDraftSchema } from "@/lib/duplicates/schemas";

export const findDuplicatesAction = action(
  passThrough(duplicateDraftSchema, { excludeId: z.guid().optional() }),
  ({ excludeId, ...draft }, ctx) => findDuplicateCandidates(ctx, draft, { excludeId }),
);

export const previewFillEmptyFieldsAction = action(
  passThrough(customerInputSchema, { id: z.string().min(1) }),
  ({ id, ...values }, ctx) => previewFillEmptyFields(ctx, id, values),
);

export const fillEmptyFieldsAction = action(
  passThrough(customerInputSchema, { id: z.string().min(1), version: z.number().int() }),
  async ({ id, version, ...values }, ctx) => {
    const customer = await fillEmptyFields(ctx, id, values, version);
    revalidatePath("/customers");
    revalidatePath(`/customers/${customer.id}`);
    return { id: customer.id };
  },
);

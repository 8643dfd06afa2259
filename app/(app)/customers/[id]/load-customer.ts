import "server-only";
// Reads the customer for its pages (once per request); an unknown or other-organization id renders
// the not-found page.
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Ctx } from "@/lib/auth/context";
import { getCustomer, type CustomerDetail } from "@/lib/customers/queries";
import { isAppError } from "@/lib/errors";

export const loadCustomer = cache(async (ctx: Ctx, id: string): Promise<CustomerDetail> => {
  try {
    return await getCustomer(ctx, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

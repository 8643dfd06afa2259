import "server-only";
// Reads the customer for its pages (once per request); an unknown or other-organization id renders
// the not-found page, and a merged customer's pages redirect to the same page of its survivor.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Ctx } from "@/lib/auth/context";
import { REQUEST_PATH_HEADER } from "@/lib/auth/next-path";
import { getCustomer, type CustomerDetail } from "@/lib/customers/queries";
import { isMergedCustomerError } from "@/lib/customers/lookup";
import { survivorPath } from "@/lib/customers/merge/redirect";
import { isAppError } from "@/lib/errors";

export const loadCustomer = cache(async (ctx: Ctx, id: string): Promise<CustomerDetail> => {
  try {
    return await getCustomer(ctx, id);
  } catch (error) {
    if (isMergedCustomerError(error)) {
      const requested = (await headers()).get(REQUEST_PATH_HEADER) ?? `/customers/${id}`;
      redirect(survivorPath(requested, error.customerId, error.mergedIntoId, { notice: true }));
    }
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

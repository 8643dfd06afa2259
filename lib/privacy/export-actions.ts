"use server";
// Subject access export server action: builder → request (recorded on the timeline) → the job to follow.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/safe-action";
import { toJobResource } from "@/lib/jobs/resource";
import { requestCustomerExport } from "@/lib/privacy/export";

export const startCustomerExportAction = action(
  z.object({ customerId: z.string().trim().min(1, "Choose a customer") }),
  async ({ customerId }, ctx) => {
    const job = await requestCustomerExport(ctx, customerId);
    revalidatePath(`/customers/${customerId}`);
    return toJobResource(job);
  },
);

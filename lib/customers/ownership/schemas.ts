// Ownership transfer input shared by the transfer dialog, the server action and the REST API.
import { z } from "zod";
import { textSchema } from "@/lib/validation";

const ownershipLimits = { reasonMin: 3, reasonMax: 500 } as const;

export const ownershipTransferSchema = z.object({
  toUserId: textSchema("The new owner", "Choose the new owner").trim().min(1, "Choose the new owner"),
  reason: textSchema("The reason", "Give a reason for the transfer")
    .trim()
    .min(ownershipLimits.reasonMin, `Give a reason of at least ${ownershipLimits.reasonMin} characters`)
    .max(ownershipLimits.reasonMax, `The reason must be at most ${ownershipLimits.reasonMax} characters`),
});
export type OwnershipTransferInput = z.input<typeof ownershipTransferSchema>;

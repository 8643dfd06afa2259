// Ownership transfer input shared by the transfer dialog, the server action and the REST API.
import { z } from "zod";

export const ownershipLimits = { reasonMin: 3, reasonMax: 500 } as const;

export const ownershipTransferSchema = z.object({
  toUserId: z.string({ error: "Choose the new owner" }).trim().min(1, "Choose the new owner"),
  reason: z
    .string({ error: "Give a reason for the transfer" })
    .trim()
    .min(ownershipLimits.reasonMin, `Give a reason of at least ${ownershipLimits.reasonMin} characters`)
    .max(ownershipLimits.reasonMax, `The reason must be at most ${ownershipLimits.reasonMax} characters`),
});
export type OwnershipTransferInput = z.input<typeof ownershipTransferSchema>;

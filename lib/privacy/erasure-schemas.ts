// The erasure request (dialog, server action and REST share it): a reason, and the typed confirmation.
import { z } from "zod";
import { textSchema, tooLong } from "@/lib/validation";

const erasureReasonMax = 500;

export const erasureRequestSchema = z.object({
  reason: textSchema("Reason")
    .trim()
    .min(1, "Give the reason for the erasure (e.g. the person's request and its date)")
    .max(erasureReasonMax, tooLong("Reason", erasureReasonMax)),
  confirm: textSchema("Confirmation").trim().min(1, "Type the confirmation text"),
});

export type ErasureRequest = z.input<typeof erasureRequestSchema>;

/** Whether `typed` confirms erasing something known by these names (case and outer spaces ignored). */
export function confirms(typed: string, accepted: readonly (string | null | undefined)[]): boolean {
  const wanted = typed.trim().toLowerCase();
  return accepted.some((value) => Boolean(value) && value!.trim().toLowerCase() === wanted);
}

/** The neutral name an erased customer keeps: its account number (business data) or a short id. */
export function erasedCustomerName(customer: { id: string; accountNumber: string | null }): string {
  return `Erased customer #${customer.accountNumber ?? customer.id.slice(-8)}`;
}

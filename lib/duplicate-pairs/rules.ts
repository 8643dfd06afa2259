// The review page's words for lib/duplicates/scoring.ts's reasons (the scan stores pairs with exactly
// those reasons, scored with those weights), and the scan's limits. No server imports.
import type { DuplicateReason, DuplicateReasonKind } from "@/lib/duplicates/scoring";

export const reasonKinds = [
  "accountNumber",
  "email",
  "contactEmail",
  "phone",
  "contactPhone",
  "websiteDomain",
  "similarName",
  "sharedAsset",
] as const satisfies readonly DuplicateReasonKind[];

export const reasonLabels: Record<DuplicateReasonKind, string> = {
  accountNumber: "Same account number",
  email: "Same email",
  contactEmail: "Same contact email",
  phone: "Same phone",
  contactPhone: "Same contact phone",
  websiteDomain: "Same website",
  similarName: "Similar name",
  sharedAsset: "Shared aircraft or vehicle",
};

/** A value shared by more customers than this (a shared mailbox, a switchboard) says nothing about any two of them. */
export const MAX_SHARED_KEY_GROUP = 25;
/** At most this many pairs per organization, the highest scores first. */
export const MAX_PAIRS = 50_000;

/** "Similar name (87%, same postal code)", "Same email: ops@example.com". */
export function describeReason(reason: DuplicateReason): string {
  switch (reason.kind) {
    case "similarName": {
      const where = reason.samePostalCode ? ", same postal code" : reason.sameCity ? ", same city" : "";
      return `${reasonLabels.similarName} (${Math.round(reason.similarity * 100)}%${where})`;
    }
    case "sharedAsset":
      return `${reasonLabels.sharedAsset}: ${reason.label}`;
    default:
      return `${reasonLabels[reason.kind]}: ${reason.value}`;
  }
}

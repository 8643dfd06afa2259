// Why a candidate matched, in words: the form's warning and the import results (client-safe).
import type { DuplicateReason } from "@/lib/duplicates/scoring";

const percent = (similarity: number) => `${Math.round(similarity * 100)}%`;

export function describeReason(reason: DuplicateReason): string {
  switch (reason.kind) {
    case "accountNumber":
      return `Same account number (${reason.value})`;
    case "email":
      return `Same email (${reason.value})`;
    case "contactEmail":
      return `A contact has this email (${reason.value})`;
    case "phone":
      return `Same phone (${reason.value})`;
    case "contactPhone":
      return `A contact has this phone (${reason.value})`;
    case "websiteDomain":
      return `Same website (${reason.value})`;
    case "sharedAsset":
      return `Shares ${reason.label}`;
    case "similarName": {
      const where = reason.samePostalCode ? " in the same postal code" : reason.sameCity ? " in the same city" : "";
      return `Similar name (${percent(reason.similarity)})${where}`;
    }
  }
}

/** The strongest reason, for one-line summaries ("Possible duplicate of X (same email)"). */
export function shortReason(reason: DuplicateReason): string {
  const short: Record<DuplicateReason["kind"], string> = {
    accountNumber: "same account number",
    email: "same email",
    contactEmail: "a contact's email",
    phone: "same phone",
    contactPhone: "a contact's phone",
    websiteDomain: "same website",
    sharedAsset: "shared aircraft or vehicle",
    similarName: "similar name",
  };
  return short[reason.kind];
}

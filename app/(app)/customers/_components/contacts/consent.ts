// "Consent recorded <date> by <name>": when and by whom receives-marketing was last changed.
import { formatUtcDate } from "@/lib/format";
import type { ContactView } from "./contact-view";

export function describeConsent(contact: Pick<ContactView, "consent">): string | null {
  if (!contact.consent) return null;
  const when = formatUtcDate(contact.consent.at);
  return `Consent recorded ${when}${contact.consent.by ? ` by ${contact.consent.by}` : ""}`;
}

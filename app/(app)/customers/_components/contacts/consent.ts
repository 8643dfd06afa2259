// "Consent recorded <date> by <name>": when and by whom the marketing consent was last changed.
import type { DisplayPrefs } from "@/lib/display-prefs";
import { formatDate } from "@/lib/format";
import type { ContactView } from "./contact-view";

export function describeConsent(contact: Pick<ContactView, "consent">, prefs: DisplayPrefs): string | null {
  if (!contact.consent) return null;
  const when = formatDate(contact.consent.at, prefs);
  return `Consent recorded ${when}${contact.consent.by ? ` by ${contact.consent.by}` : ""}`;
}

// "Consent recorded <date> by <name>": when and by whom receives-marketing was last changed.
import type { ContactView } from "./contact-view";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function describeConsent(contact: Pick<ContactView, "consent">): string | null {
  if (!contact.consent) return null;
  const when = dateFormat.format(new Date(contact.consent.at));
  return `Consent recorded ${when}${contact.consent.by ? ` by ${contact.consent.by}` : ""}`;
}

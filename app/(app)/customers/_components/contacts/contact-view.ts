// One contact as the Contacts tab shows and edits it: plain, serializable fields.
import type { ContactWithConsent } from "@/lib/contacts/queries";
import { contactName } from "@/lib/contacts/schemas";
import type { ContactMethod, ContactRole } from "@/lib/contacts/options";
import type { MarketingConsent } from "@/lib/consent/options";

export interface ContactView {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  mobile: string | null;
  jobTitle: string | null;
  roles: ContactRole[];
  preferredContactMethod: ContactMethod | null;
  receivesOrderUpdates: boolean;
  marketingConsent: MarketingConsent;
  newsletter: boolean;
  emailVerified: boolean;
  phoneVerified: boolean;
  /** When and by whom marketing consent was last changed. */
  consent: { at: string; by: string | null } | null;
  portalAccess: boolean;
  notes: string | null;
  isPrimary: boolean;
  version: number;
}

export function toContactView(contact: ContactWithConsent): ContactView {
  return {
    id: contact.id,
    name: contactName(contact),
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    phone: contact.phone,
    mobile: contact.mobile,
    jobTitle: contact.jobTitle,
    roles: contact.roles,
    preferredContactMethod: contact.preferredContactMethod,
    receivesOrderUpdates: contact.receivesOrderUpdates,
    marketingConsent: contact.marketingConsent,
    newsletter: contact.newsletter,
    emailVerified: contact.emailVerified,
    phoneVerified: contact.phoneVerified,
    consent: contact.marketingConsentAt
      ? { at: contact.marketingConsentAt.toISOString(), by: contact.marketingConsentBy?.name ?? null }
      : null,
    portalAccess: contact.portalAccess,
    notes: contact.notes,
    isPrimary: contact.isPrimary,
    version: contact.version,
  };
}

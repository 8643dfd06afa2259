// A contact as REST integrators see it: `primary` instead of isPrimary, no internal columns.
import { AppError } from "@/lib/errors";
import type { Contact } from "@/lib/generated/prisma/client";
import type { ContactWithConsent } from "@/lib/contacts/queries";

export type ContactResource = Omit<Contact, "organizationId" | "isPrimary" | "deletedAt" | "deletedById"> & {
  primary: boolean;
};

export function toContactResource(contact: Contact | ContactWithConsent): ContactResource {
  const { organizationId: _o, isPrimary, deletedAt: _d, deletedById: _b, ...rest } = contact;
  const { marketingConsentBy: _m, ...fields } = rest as typeof rest & { marketingConsentBy?: unknown };
  return { ...fields, primary: isPrimary };
}

const CANNOT_CLEAR_PRIMARY = "primary can only be set to true. Make another contact primary instead.";

/** The body's `primary` as "make this the primary contact"; `false` only where it means "not asked for". */
export function readPrimaryFlag(body: Record<string, unknown>, { allowFalse = false } = {}): boolean {
  const { primary } = body;
  if (primary === undefined || (primary === false && allowFalse)) return false;
  if (primary === true) return true;
  const message = primary === false ? CANNOT_CLEAR_PRIMARY : "primary must be true or false";
  throw new AppError("VALIDATION", message, { primary: [message] });
}

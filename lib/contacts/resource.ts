// A contact as REST integrators see it: `primary` instead of isPrimary, no internal columns. Reads take
// `?fields` and `?exclude=pii` (lib/api/field-selection.ts).
import { selectFields, type FieldSelection, type SelectableResource } from "@/lib/api/field-selection";
import { contactFieldNames } from "@/lib/contacts/schemas";
import { AppError } from "@/lib/errors";
import { contactPersonalFields } from "@/lib/privacy/fields";
import type { Contact } from "@/lib/generated/prisma/client";
import type { ContactWithConsent } from "@/lib/contacts/queries";

export type ContactResource = Omit<
  Contact,
  "organizationId" | "isPrimary" | "deletedAt" | "deletedById" | "erasedAt"
> & {
  primary: boolean;
};

export function toContactResource(contact: Contact | ContactWithConsent): ContactResource {
  // An erased contact is deleted for good: a contact the API answers with was never erased.
  const { organizationId: _o, isPrimary, deletedAt: _d, deletedById: _b, erasedAt: _e, ...rest } = contact;
  const { marketingConsentBy: _m, ...fields } = rest as typeof rest & { marketingConsentBy?: unknown };
  return { ...fields, primary: isPrimary };
}

/** The Contact resource's fields: the input fields plus what the server keeps (documented as Contact). */
export const selectableContact: SelectableResource = {
  label: "contact",
  fields: [
    "id",
    "customerId",
    ...contactFieldNames,
    "primary",
    "marketingConsentAt",
    "marketingConsentById",
    "version",
    "createdAt",
    "updatedAt",
    "createdById",
    "updatedById",
  ],
  personal: contactPersonalFields,
};

/** The contact as a read answers it, with only the fields `?fields`/`?exclude` select. */
export const toSelectedContact = (contact: Contact | ContactWithConsent, selection: FieldSelection) =>
  selectFields(toContactResource(contact), selection, contactPersonalFields);

const CANNOT_CLEAR_PRIMARY = "primary can only be set to true. Make another contact primary instead.";

/** The body's `primary` as "make this the primary contact"; `false` only where it means "not asked for". */
export function readPrimaryFlag(body: Record<string, unknown>, { allowFalse = false } = {}): boolean {
  const { primary } = body;
  if (primary === undefined || (primary === false && allowFalse)) return false;
  if (primary === true) return true;
  const message = primary === false ? CANNOT_CLEAR_PRIMARY : "primary must be true or false";
  throw new AppError("VALIDATION", message, { primary: [message] });
}

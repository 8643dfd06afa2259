// Fixed choices for contacts (roles, preferred contact method) with labels for the UI.
import type { Option } from "@/lib/fields/options";

/** "Primary" is not a role: it is the contact's own flag, exactly one per customer. */
export const contactRoles = ["billing", "shipping", "technical", "other"] as const;
export type ContactRole = (typeof contactRoles)[number];

export const contactMethods = ["email", "phone", "mobile", "sms"] as const;
export type ContactMethod = (typeof contactMethods)[number];

export const contactRoleLabels: Record<ContactRole, string> = {
  billing: "Billing",
  shipping: "Shipping",
  technical: "Technical",
  other: "Other",
};

export const contactMethodLabels: Record<ContactMethod, string> = {
  email: "Email",
  phone: "Phone",
  mobile: "Mobile",
  sms: "SMS",
};

export const contactRoleOptions: Option<ContactRole>[] = contactRoles.map((value) => ({
  value,
  label: contactRoleLabels[value],
}));

export const contactMethodOptions: Option<ContactMethod>[] = contactMethods.map((value) => ({
  value,
  label: contactMethodLabels[value],
}));

// Fixed choices for customers (kinds, statuses, phone types, list sorting) with labels for the UI.
import { optionsOf } from "@/lib/fields/options";

export const customerKinds = ["company", "person"] as const;

export const customerStatuses = ["active", "inactive", "suspended", "blocked"] as const;
export type CustomerStatus = (typeof customerStatuses)[number];

export const phoneTypes = ["mobile", "work", "home", "fax"] as const;

export const customerKindLabels: Record<(typeof customerKinds)[number], string> = {
  company: "Company",
  person: "Person",
};
export const customerKindOptions = optionsOf(customerKinds, customerKindLabels);

export const customerStatusLabels: Record<CustomerStatus, string> = {
  active: "Active",
  inactive: "Inactive",
  suspended: "Suspended",
  blocked: "Blocked",
};
export const customerStatusOptions = optionsOf(customerStatuses, customerStatusLabels);

export const phoneTypeLabels: Record<(typeof phoneTypes)[number], string> = {
  mobile: "Mobile",
  work: "Work",
  home: "Home",
  fax: "Fax",
};
export const phoneTypeOptions = optionsOf(phoneTypes, phoneTypeLabels);

/**
 * Columns the customer list can be ordered by: each plain column has an index led by
 * organization_id; tier (by level) and owner (by name) sort through a lookup of the few tiers/users.
 */
export const customerSortColumns = [
  "name",
  "displayName",
  "accountNumber",
  "email",
  "phone",
  "status",
  "kind",
  "city",
  "country",
  "customerSince",
  "createdAt",
  "updatedAt",
  "lastActivity",
  "tier",
  "owner",
] as const;
export type CustomerSortColumn = (typeof customerSortColumns)[number];

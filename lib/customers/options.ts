// Fixed choices for customers (kinds, statuses, phone types, list sorting) with labels for the UI.
import type { Option } from "@/lib/fields/options";

export const customerKinds = ["company", "person"] as const;
export type CustomerKind = (typeof customerKinds)[number];

export const customerStatuses = ["active", "inactive", "suspended", "blocked"] as const;
export type CustomerStatus = (typeof customerStatuses)[number];

export const phoneTypes = ["mobile", "work", "home", "fax"] as const;
export type PhoneType = (typeof phoneTypes)[number];

export const customerKindOptions: Option<CustomerKind>[] = [
  { value: "company", label: "Company" },
  { value: "person", label: "Person" },
];

export const customerStatusOptions: Option<CustomerStatus>[] = [
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
  { value: "suspended", label: "Suspended" },
  { value: "blocked", label: "Blocked" },
];

export const phoneTypeOptions: Option<PhoneType>[] = [
  { value: "mobile", label: "Mobile" },
  { value: "work", label: "Work" },
  { value: "home", label: "Home" },
  { value: "fax", label: "Fax" },
];

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
  "createdAt",
  "updatedAt",
  "lastActivity",
  "tier",
  "owner",
] as const;
export type CustomerSortColumn = (typeof customerSortColumns)[number];

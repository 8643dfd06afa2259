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

/** The list's tag filter: customers with any of the tags (the default) or with all of them. */
export const tagModes = ["any", "all"] as const;

/** The list's "open work orders" filter: customers with one that is not completed or void, or without. */
export const openWorkOrderFilters = ["yes", "no"] as const;
export type OpenWorkOrderFilter = (typeof openWorkOrderFilters)[number];

/** The list's asset filter: a current link to an aircraft, a vehicle, either, or to none. */
export const assetFilters = ["aircraft", "vehicle", "any", "none"] as const;
export type AssetFilter = (typeof assetFilters)[number];

export const assetFilterLabels: Record<AssetFilter, string> = {
  aircraft: "Has aircraft",
  vehicle: "Has vehicles",
  any: "Has aircraft or vehicles",
  none: "Has no aircraft or vehicles",
};
export const assetFilterOptions = optionsOf(assetFilters, assetFilterLabels);

export const openWorkOrderFilterLabels: Record<OpenWorkOrderFilter, string> = {
  yes: "Has open work orders",
  no: "No open work orders",
};
export const openWorkOrderFilterOptions = optionsOf(openWorkOrderFilters, openWorkOrderFilterLabels);

/** The list's "has marketing consent" filter: the customer's own consent is granted (yes), or is not (no). */
export const marketingConsentFilters = ["yes", "no"] as const;
export type MarketingConsentFilter = (typeof marketingConsentFilters)[number];

export const marketingConsentFilterLabels: Record<MarketingConsentFilter, string> = {
  yes: "Has marketing consent",
  no: "No marketing consent",
};
export const marketingConsentFilterOptions = optionsOf(marketingConsentFilters, marketingConsentFilterLabels);

/** At most this many tags and tiers in one list filter (a longer list goes through POST /customers/search). */
export const maxFilterTags = 100;
export const maxFilterTiers = 100;

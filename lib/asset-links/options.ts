// Fixed choices for asset–customer links (relationships and statuses) with labels for the UI.
import type { Option } from "@/lib/fields/options";

export const assetRelationships = [
  "owner",
  "co_owner",
  "operator",
  "management_company",
  "lessee",
  "lessor",
  "other",
] as const;
export type AssetRelationship = (typeof assetRelationships)[number];

export const assetLinkStatuses = ["current", "former", "prospective"] as const;
export type AssetLinkStatus = (typeof assetLinkStatuses)[number];

export const relationshipOptions: Option<AssetRelationship>[] = [
  { value: "owner", label: "Owner" },
  { value: "co_owner", label: "Co-owner" },
  { value: "operator", label: "Operator" },
  { value: "management_company", label: "Management company" },
  { value: "lessee", label: "Lessee" },
  { value: "lessor", label: "Lessor" },
  { value: "other", label: "Other" },
];

export const linkStatusOptions: Option<AssetLinkStatus>[] = [
  { value: "current", label: "Current" },
  { value: "former", label: "Former" },
  { value: "prospective", label: "Prospective" },
];

export const relationshipLabels = Object.fromEntries(relationshipOptions.map((o) => [o.value, o.label])) as Record<
  AssetRelationship,
  string
>;

export const linkStatusLabels = Object.fromEntries(linkStatusOptions.map((o) => [o.value, o.label])) as Record<
  AssetLinkStatus,
  string
>;

// Fixed choices for asset–customer links (relationships and statuses) with labels for the UI.
import { optionsOf } from "@/lib/fields/options";

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

export const relationshipLabels: Record<AssetRelationship, string> = {
  owner: "Owner",
  co_owner: "Co-owner",
  operator: "Operator",
  management_company: "Management company",
  lessee: "Lessee",
  lessor: "Lessor",
  other: "Other",
};

export const relationshipOptions = optionsOf(assetRelationships, relationshipLabels);

export const linkStatusLabels: Record<AssetLinkStatus, string> = {
  current: "Current",
  former: "Former",
  prospective: "Prospective",
};

export const linkStatusOptions = optionsOf(assetLinkStatuses, linkStatusLabels);

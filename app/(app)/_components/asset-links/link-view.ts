// One link as both tabs show it: the other side's name and page, and the link's own fields.
import { assetHref, assetLabel } from "@/lib/assets/format";
import { toDateText } from "@/lib/format";
import type { AssetLink, CustomerLink } from "@/lib/asset-links/select";
import type { AssetLinkStatus, AssetRelationship } from "@/lib/asset-links/options";

export interface LinkView {
  id: string;
  /** The linked customer's name, or the aircraft's or vehicle's label. */
  title: string;
  href: string;
  /** Account number and email, or "Aircraft" / "Vehicle". */
  detail: string | null;
  relationship: AssetRelationship;
  status: AssetLinkStatus;
  isPrimary: boolean;
  /** Calendar date, YYYY-MM-DD. */
  since: string | null;
  notes: string | null;
  /** The linked customer or asset is archived. */
  archived: boolean;
}

function linkFields(link: AssetLink | CustomerLink) {
  return {
    id: link.id,
    relationship: link.relationship,
    status: link.status,
    isPrimary: link.isPrimary,
    since: toDateText(link.since),
    notes: link.notes,
  };
}

export function fromAssetLink(link: AssetLink): LinkView {
  const { customer } = link;
  return {
    ...linkFields(link),
    title: customer.name,
    href: `/customers/${customer.id}`,
    detail: [customer.accountNumber, customer.email].filter(Boolean).join(" · ") || null,
    archived: customer.archivedAt !== null,
  };
}

export function fromCustomerLink(link: CustomerLink): LinkView {
  const { asset } = link;
  return {
    ...linkFields(link),
    title: assetLabel(asset),
    href: assetHref(asset),
    detail: asset.kind === "aircraft" ? "Aircraft" : "Vehicle",
    archived: asset.archivedAt !== null,
  };
}

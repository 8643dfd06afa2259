// The customer list's active filters in words, one chip each ("Created: 1 Jan 2026 – 31 Mar 2026"), with the
// URL keys removing it clears. No server imports: the list's chips and tests read it.
import type { CustomerListParams } from "@/lib/customers/list-params";
import {
  assetFilterLabels,
  customerKindLabels,
  customerStatusLabels,
  marketingConsentFilterLabels,
  openWorkOrderFilterLabels,
} from "@/lib/customers/options";

export interface FilterChip {
  /** The URL keys the chip's filter is written in; removing the chip clears them. */
  keys: string[];
  label: string;
}

export interface FilterNames {
  tiers: ReadonlyMap<string, string>;
  owners: ReadonlyMap<string, string>;
  /** A calendar day (`YYYY-MM-DD`) as the viewer reads it. */
  formatDay: (day: string) => string;
}

const archivedLabels = { include: "Including archived", only: "Archived only" } as const;

function rangeLabel(from: string | null, to: string | null, formatDay: (day: string) => string): string {
  if (from && to) return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
  return from ? `from ${formatDay(from)}` : `until ${formatDay(to ?? "")}`;
}

function ownerLabel(owner: string, names: FilterNames): string {
  if (owner === "me") return "Owner: me";
  if (owner === "none") return "No owner";
  return `Owner: ${names.owners.get(owner) ?? "unknown user"}`;
}

/** A chip per active filter, in the toolbar's order. */
export function describeCustomerFilters(params: CustomerListParams, names: FilterNames): FilterChip[] {
  const chips: FilterChip[] = [];
  const add = (keys: string[], label: string) => chips.push({ keys, label });
  if (params.status.length > 0)
    add(["status"], `Status: ${params.status.map((s) => customerStatusLabels[s]).join(", ")}`);
  if (params.kind.length > 0) add(["kind"], `Kind: ${params.kind.map((k) => customerKindLabels[k]).join(", ")}`);
  if (params.tag.length > 0) {
    const mode = params.tagMode === "all" && params.tag.length > 1 ? " (all)" : "";
    add(["tag", "tagMode"], `Tags${mode}: ${params.tag.join(", ")}`);
  }
  if (params.tier.length > 0) {
    const tiers = params.tier.map((id) => (id === "none" ? "No tier" : (names.tiers.get(id) ?? "unknown tier")));
    add(["tier"], `Tier: ${tiers.join(", ")}`);
  }
  if (params.owner !== null) add(["owner"], ownerLabel(params.owner, names));
  if (params.createdFrom || params.createdTo)
    add(["createdFrom", "createdTo"], `Created ${rangeLabel(params.createdFrom, params.createdTo, names.formatDay)}`);
  if (params.activityFrom || params.activityTo) {
    const range = rangeLabel(params.activityFrom, params.activityTo, names.formatDay);
    add(["activityFrom", "activityTo"], `Last activity ${range}`);
  }
  if (params.openWorkOrders) add(["openWorkOrders"], openWorkOrderFilterLabels[params.openWorkOrders]);
  if (params.asset) add(["asset"], assetFilterLabels[params.asset]);
  if (params.marketingConsent) add(["marketingConsent"], marketingConsentFilterLabels[params.marketingConsent]);
  if (params.archived !== "exclude") add(["archived"], archivedLabels[params.archived]);
  return chips;
}

// A link as REST integrators see it: `primary` instead of isPrimary, `since` as a calendar date.
import { AppError } from "@/lib/errors";
import { toDateText } from "@/lib/format";
import type { AssetLink } from "@/lib/asset-links/select";

export type AssetLinkResource = Omit<AssetLink, "isPrimary" | "since"> & { primary: boolean; since: string | null };

export function toLinkResource({ isPrimary, since, ...link }: AssetLink): AssetLinkResource {
  return { ...link, primary: isPrimary, since: toDateText(since) };
}

const CANNOT_CLEAR_PRIMARY =
  "primary can only be set to true. Make another link primary, or set this link's status to former.";

/** The REST body's `primary` is the domain's `makePrimary`; unknown fields are ignored. */
function readPrimary(body: Record<string, unknown>, allowFalse: boolean): boolean | undefined {
  const { primary } = body;
  if (primary === false && !allowFalse) {
    throw new AppError("VALIDATION", CANNOT_CLEAR_PRIMARY, { primary: [CANNOT_CLEAR_PRIMARY] });
  }
  if (primary !== undefined && typeof primary !== "boolean") {
    throw new AppError("VALIDATION", "primary must be true or false", { primary: ["primary must be true or false"] });
  }
  return primary;
}

/** The REST body as linkCustomer's (unparsed) input, for the asset in the path. */
export function fromLinkCreateBody(assetId: string, body: Record<string, unknown>): Record<string, unknown> {
  const { customerId, relationship, status, since, notes } = body;
  return {
    assetId,
    customerId,
    relationship,
    status,
    since,
    notes,
    makePrimary: readPrimary(body, true),
  };
}

/** The REST body as updateLink's (unparsed) input. */
export function fromLinkPatchBody(body: Record<string, unknown>): Record<string, unknown> {
  const { relationship, status, since, notes } = body;
  return { relationship, status, since, notes, makePrimary: readPrimary(body, false) };
}

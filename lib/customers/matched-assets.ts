import "server-only";
// The current aircraft or vehicle through which a search found each customer of a page ("Aircraft
// N12345" under the name): one query for the page, an exact identifier before other matches.
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { assetLabel } from "@/lib/assets/format";
import type { AssetKind } from "@/lib/assets/options";
import { assetHits, type CustomerSearch } from "@/lib/customers/search-match";

export interface MatchedAsset {
  id: string;
  kind: AssetKind;
  /** "N12345 · Piper PA-28", "Ford Transit 2019 · 1FT…" (lib/assets/format.ts). */
  label: string;
}

interface MatchedAssetRow {
  customerId: string;
  id: string;
  kind: AssetKind;
  registration: string | null;
  vin: string | null;
  licensePlate: string | null;
  make: string | null;
  model: string | null;
  year: number | null;
}

export async function findMatchedAssets(
  ctx: Ctx,
  customerIds: string[],
  search: CustomerSearch,
): Promise<Map<string, MatchedAsset>> {
  if (search.short || customerIds.length === 0) return new Map();
  const rows = await db.$queryRaw<MatchedAssetRow[]>`
    SELECT DISTINCT ON (hits.customer_id) hits.customer_id::text AS "customerId", a.id::text AS id, a.kind::text AS kind,
           a.registration, a.vin::text AS vin, a.license_plate AS "licensePlate", a.make::text AS make,
           a.model::text AS model, a.year
    FROM (${assetHits(ctx, search, { customerIds, withAsset: true })}) AS hits JOIN asset a ON a.id = hits.asset_id
    ORDER BY hits.customer_id, hits.tier, a.registration, a.vin, a.id`;
  return new Map(
    rows.map(({ customerId, ...asset }) => [customerId, { id: asset.id, kind: asset.kind, label: assetLabel(asset) }]),
  );
}

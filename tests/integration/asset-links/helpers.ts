// Asset-link assertions: which links of an asset are primary, straight from the table.
import { expect } from "vitest";
import { db } from "@/lib/db";

/** Ids of the asset's primary links, straight from the table. */
export async function primaryIds(assetId: string): Promise<string[]> {
  const rows = await db.assetCustomer.findMany({ where: { assetId, isPrimary: true }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Asserts the asset's only primary link is `linkId` (or that it has none). */
export async function expectPrimary(assetId: string, linkId: string | null) {
  expect(await primaryIds(assetId)).toEqual(linkId ? [linkId] : []);
}

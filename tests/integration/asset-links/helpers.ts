// Shared setup for the asset-link tests: an organization with a context per role, customers and assets.
import { expect } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { makeAssetRow, makeOrgWithRoles } from "@/tests/factories";

export { makeCustomer, rejectionOf } from "../customers/helpers";

export async function setupOrg() {
  const { org, ctx } = await makeOrgWithRoles();
  return { org, ctx, staff: ctx.staff, manager: ctx.manager };
}

export function makeAsset(ctx: Ctx, kind: "aircraft" | "vehicle" = "aircraft") {
  return makeAssetRow(ctx.orgId, { kind });
}

/** Ids of the asset's primary links, straight from the table. */
export async function primaryIds(assetId: string): Promise<string[]> {
  const rows = await db.assetCustomer.findMany({ where: { assetId, isPrimary: true }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Asserts the asset's only primary link is `linkId` (or that it has none). */
export async function expectPrimary(assetId: string, linkId: string | null) {
  expect(await primaryIds(assetId)).toEqual(linkId ? [linkId] : []);
}

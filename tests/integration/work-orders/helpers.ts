// Shared setup for the work order tests.
import type { Ctx } from "@/lib/auth/context";
import { createWorkOrder } from "@/lib/work-orders/mutations";
import type { WorkOrderInput } from "@/lib/work-orders/schemas";
import { makeAssetLinkRow, makeAssetRow, makeOrgWithRoles, makeServiceCenter } from "@/tests/factories";
import { makeCustomer } from "../customers/helpers";

export { makeCustomer, rejectionOf } from "../customers/helpers";

/** An organization with every role, a service center and an aircraft with a primary customer. */
export async function setupShop() {
  const { org, ctx } = await makeOrgWithRoles();
  const center = await makeServiceCenter(org.id);
  const { asset: aircraft } = await makeLinkedAsset(ctx.owner);
  return { org, ctx, center, aircraft };
}

/** An aircraft (or vehicle) with a primary customer and, optionally, more links. */
export async function makeLinkedAsset(ctx: Ctx, kind: "aircraft" | "vehicle" = "aircraft") {
  const asset = await makeAssetRow(ctx.orgId, { kind });
  const owner = await makeCustomer(ctx);
  await makeAssetLinkRow(ctx.orgId, asset.id, owner.id, { isPrimary: true });
  return { asset, owner };
}

export function openWorkOrder(
  ctx: Ctx,
  input: Partial<WorkOrderInput> & Pick<WorkOrderInput, "serviceCenterId" | "assetId">,
) {
  return createWorkOrder(ctx, input);
}

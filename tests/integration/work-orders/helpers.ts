// Shared setup for the work order tests.
import type { Ctx } from "@/lib/auth/context";
import { createWorkOrder } from "@/lib/work-orders/mutations";
import type { WorkOrderInput } from "@/lib/work-orders/schemas";
import { makeLinkedAsset, makeOrgWithRoles, makeServiceCenter } from "@/tests/factories";

/** An organization with every role, a service center and an aircraft with a primary customer. */
export async function setupShop() {
  const { org, ctx } = await makeOrgWithRoles();
  const center = await makeServiceCenter(org.id);
  const { asset: aircraft } = await makeLinkedAsset(ctx.owner);
  return { org, ctx, center, aircraft, serviceCenterId: center.id, assetId: aircraft.id };
}

export function openWorkOrder(
  ctx: Ctx,
  input: Partial<WorkOrderInput> & Pick<WorkOrderInput, "serviceCenterId" | "assetId">,
) {
  return createWorkOrder(ctx, input);
}

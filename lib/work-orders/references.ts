import "server-only";
// The records a work order points at, checked inside the acting organization: the work order
// itself, its asset (not archived for new work orders) and its lead technician (a member who can do the work).
import type { Prisma, Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assetIdentitySelect } from "@/lib/assets/format";
import { isUuid } from "@/lib/validation";
import { isRole } from "@/lib/auth/permissions";
import { mayLeadWorkOrders } from "@/lib/work-orders/rules";

export async function findWorkOrderInOrg(client: Tx, orgId: string, id: string) {
  const workOrder = isUuid(id) ? await client.workOrder.findFirst({ where: { id, organizationId: orgId } }) : null;
  if (!workOrder) throw notFound("Work order");
  return workOrder;
}

export const assetSearchSelect = { ...assetIdentitySelect, archivedAt: true } satisfies Prisma.AssetSelect;

export type WorkOrderAsset = Prisma.AssetGetPayload<{ select: typeof assetSearchSelect }>;

export async function findAssetInOrg(client: Tx, orgId: string, id: string): Promise<WorkOrderAsset> {
  const asset = isUuid(id)
    ? await client.asset.findFirst({ where: { id, organizationId: orgId }, select: assetSearchSelect })
    : null;
  if (!asset) throw notFound("Aircraft or vehicle");
  return asset;
}

/** New work orders need a live asset: an archived one is refused on `assetId`. */
export async function findOpenableAsset(client: Tx, orgId: string, id: string): Promise<WorkOrderAsset> {
  const asset = await findAssetInOrg(client, orgId, id);
  if (asset.archivedAt) {
    const message = `This ${asset.kind === "aircraft" ? "aircraft" : "vehicle"} is archived; restore it first`;
    throw new AppError("VALIDATION", `${message}.`, { assetId: [message] });
  }
  return asset;
}

/** The lead technician must be a member of the organization whose role can do the work (not a viewer). */
export async function assertLeadTechnician(client: Tx, orgId: string, userId: string): Promise<void> {
  const member = await client.member.findFirst({
    where: { organizationId: orgId, userId },
    select: { role: true, user: { select: { name: true } } },
  });
  if (!member) {
    const message = "The lead technician must be a member of this organization";
    throw new AppError("VALIDATION", `${message}.`, { leadTechnicianId: [message] });
  }
  if (!isRole(member.role) || !mayLeadWorkOrders(member.role)) {
    const message = `${member.user.name} is a viewer and cannot lead work orders; choose a staff member or above`;
    throw new AppError("VALIDATION", `${message}.`, { leadTechnicianId: [message] });
  }
}

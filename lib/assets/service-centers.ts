import "server-only";
// Home service centers as assets see them: the choices for forms and filters, and the server-side
// rule that a chosen center is an active one of the same organization.
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { listServiceCenters } from "@/lib/service-centers/queries";

export interface ServiceCenterOption {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

/** Every center of the organization (inactive ones too, so stored choices keep their names). */
export async function listServiceCenterOptions(ctx: Ctx): Promise<ServiceCenterOption[]> {
  const centers = await listServiceCenters(ctx);
  return centers.map(({ id, code, name, active }) => ({ id, code, name, active }));
}

/**
 * A newly chosen home center must be an active center of the organization. Keeping the center an
 * asset already has is allowed even after that center was deactivated.
 */
export async function assertHomeServiceCenter(client: Tx, orgId: string, id: string | null, current: string | null) {
  if (id === null || id === current) return;
  const center = await client.serviceCenter.findFirst({
    where: { id, organizationId: orgId },
    select: { active: true },
  });
  if (center?.active) return;
  const message = center
    ? "This service center is inactive; choose an active one"
    : "Choose a service center from the list";
  throw new AppError("VALIDATION", message, { homeServiceCenterId: [message] });
}

// The service center resource as integrators see it: the same columns the list shows (no tenant id
// or internal sequence counter).
import type { ServiceCenter } from "@/lib/generated/prisma/client";
import type { ServiceCenterRow } from "@/lib/service-centers/queries";

export function toServiceCenterResource(center: ServiceCenter): ServiceCenterRow {
  const { id, code, name, active, version, createdAt, updatedAt } = center;
  return { id, code, name, active, version, createdAt, updatedAt };
}

// A customer share as integrators see it (GET/POST /customers/{id}/shares; documented in lib/openapi/resources/customer-shares.ts).
import type { CustomerShare } from "@/lib/privacy/shares";

export function toShareResource(share: CustomerShare) {
  const { id, customerId, user, serviceCenter, expiresAt, expired, createdById, createdAt } = share;
  return { id, customerId, user, serviceCenter, expiresAt, expired, createdById, createdAt };
}

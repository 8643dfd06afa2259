import "server-only";
// Work order numbers, e.g. KTYS00001-01-2026: center code, 5-digit sequence per center, month-year (UTC).
import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";

export function formatWorkOrderNumber(code: string, sequence: number, createdAt: Date): string {
  const month = String(createdAt.getUTCMonth() + 1).padStart(2, "0");
  return `${code}${String(sequence).padStart(5, "0")}-${month}-${createdAt.getUTCFullYear()}`;
}

const inactiveCenterError = () =>
  new AppError("VALIDATION", "This service center is inactive; choose an active one.", {
    serviceCenterId: ["This service center is inactive; choose an active one"],
  });

/**
 * Takes the center's next sequence inside the caller's transaction. The UPDATE locks the center's
 * row until the transaction ends, so simultaneous creates queue up and never share a number; the
 * unique indexes on (service_center_id, sequence) and (organization_id, number) back this up.
 */
export async function takeNextNumber(tx: Tx, orgId: string, serviceCenterId: string, createdAt: Date) {
  const rows = isUuid(serviceCenterId)
    ? await tx.$queryRaw<{ work_order_seq: number; code: string }[]>`
        UPDATE service_center SET work_order_seq = work_order_seq + 1
        WHERE id = ${serviceCenterId}::uuid AND organization_id = ${orgId} AND active
        RETURNING work_order_seq, code`
    : [];
  const [row] = rows;
  if (!row) {
    const exists = isUuid(serviceCenterId)
      ? await tx.serviceCenter.findFirst({
          where: { id: serviceCenterId, organizationId: orgId },
          select: { id: true },
        })
      : null;
    throw exists ? inactiveCenterError() : notFound("Service center");
  }
  const sequence = Number(row.work_order_seq);
  return { sequence, number: formatWorkOrderNumber(row.code, sequence, createdAt) };
}

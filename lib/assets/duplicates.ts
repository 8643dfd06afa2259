import "server-only";
// Registrations and VINs are unique per organization: a friendly pre-check, and the database's
// unique-violation errors turned into the same CONFLICT field error when a race slips past it.
import type { Tx } from "@/lib/db";
import { conflict, type AppError } from "@/lib/errors";
import { isUniqueViolation, isUniqueViolationOn } from "@/lib/db/errors";
import type { AssetData } from "@/lib/assets/schemas";

type UniqueAssetField = "registration" | "vin";

function duplicateError(field: UniqueAssetField, data: AssetData, archived: boolean): AppError {
  const where = archived ? "an archived aircraft or vehicle" : "another aircraft or vehicle";
  const message =
    field === "registration"
      ? `Registration ${data.registration} is already used by ${where} in your organization`
      : `VIN ${data.vin} is already used by ${where} in your organization`;
  return conflict(`${message}.`, { [field]: [message] });
}

/** Throws CONFLICT when another asset of the organization has the same registration or VIN. */
export async function assertNoDuplicateIdentifiers(client: Tx, orgId: string, data: AssetData, exceptId?: string) {
  for (const field of ["registration", "vin"] as const) {
    const value = data[field];
    if (!value) continue;
    const other = await client.asset.findFirst({
      where: { organizationId: orgId, [field]: value, ...(exceptId && { id: { not: exceptId } }) },
      select: { archivedAt: true },
    });
    if (other) throw duplicateError(field, data, other.archivedAt !== null);
  }
}

/** A unique violation from a write becomes the matching CONFLICT; anything else is returned as is. */
export function toAssetWriteError(error: unknown, data: AssetData): unknown {
  if (!isUniqueViolation(error)) return error;
  if (isUniqueViolationOn(error, "registration")) return duplicateError("registration", data, false);
  if (isUniqueViolationOn(error, "vin")) return duplicateError("vin", data, false);
  return conflict("This aircraft or vehicle conflicts with another one.");
}

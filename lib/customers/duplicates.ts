import "server-only";
// Account number and email are unique per organization: friendly pre-checks, and the database's
// unique-violation errors turned into the same CONFLICT field errors when a race slips past them.
import type { Tx } from "@/lib/db";
import { conflict, type AppError, type FieldErrors } from "@/lib/errors";
import type { CustomerData } from "@/lib/customers/schemas";
import { isUniqueViolation, isUniqueViolationOn } from "@/lib/db/errors";

const uniqueFields = ["accountNumber", "email"] as const;
type UniqueCustomerField = (typeof uniqueFields)[number];

function describeDuplicate(field: UniqueCustomerField, data: CustomerData): string {
  return field === "accountNumber"
    ? `Account number ${data.accountNumber} is already used by another customer`
    : `Email ${data.email} is already used by another customer`;
}

function duplicateError(fields: UniqueCustomerField[], data: CustomerData): AppError {
  const fieldErrors: FieldErrors = {};
  for (const field of fields) fieldErrors[field] = [describeDuplicate(field, data)];
  const message =
    fields.length > 1
      ? "Account number and email are already used by other customers."
      : `${Object.values(fieldErrors).flat().join("")}.`;
  return conflict(message, fieldErrors);
}

/** Throws CONFLICT when another customer of the organization has the same account number or email. */
export async function assertNoDuplicates(client: Tx, orgId: string, data: CustomerData, exceptId?: string) {
  const or = [
    ...(data.accountNumber ? [{ accountNumber: data.accountNumber }] : []),
    ...(data.email ? [{ email: data.email }] : []),
  ];
  if (or.length === 0) return;
  const others = await client.customer.findMany({
    where: { organizationId: orgId, mergedIntoId: null, OR: or, ...(exceptId && { id: { not: exceptId } }) },
    select: { accountNumber: true, email: true },
  });
  // citext compares case-insensitively; so must this.
  const same = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
  const fields = uniqueFields.filter((f) => others.some((other) => same(other[f], data[f])));
  if (fields.length > 0) throw duplicateError(fields, data);
}

/** A unique violation from a write becomes the matching CONFLICT; anything else is returned as is. */
export function toWriteError(error: unknown, data: CustomerData): unknown {
  if (!isUniqueViolation(error)) return error;
  const field = uniqueFields.find((name) => isUniqueViolationOn(error, name));
  return field ? duplicateError([field], data) : conflict("This customer conflicts with another customer.");
}

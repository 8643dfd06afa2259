// Reads Prisma errors the customers domain expects: unique and foreign-key violations, on both adapters.
import { Prisma } from "@/lib/db";

interface AdapterMeta {
  target?: unknown;
  driverAdapterError?: { cause?: { originalCode?: unknown; constraint?: { fields?: unknown; index?: unknown } } };
}

function readMeta(error: Prisma.PrismaClientKnownRequestError): AdapterMeta {
  return (error.meta ?? {}) as AdapterMeta;
}

/**
 * Constraint columns or names a violation reports: `meta.target` (classic engine), or with
 * driver adapters `cause.constraint.fields` (PGlite) or `cause.constraint.index` (node-postgres).
 */
export function constraintNames(error: Prisma.PrismaClientKnownRequestError): string[] {
  const meta = readMeta(error);
  const constraint = meta.driverAdapterError?.cause?.constraint;
  return [meta.target, constraint?.fields, constraint?.index]
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === "string");
}

export type UniqueCustomerField = "accountNumber" | "email";

export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The customer field a unique violation is about (null for any other constraint). */
export function getUniqueViolationField(error: Prisma.PrismaClientKnownRequestError): UniqueCustomerField | null {
  const names = constraintNames(error).join(" ");
  if (/account_?number/i.test(names)) return "accountNumber";
  if (/email/i.test(names)) return "email";
  return null;
}

/**
 * Whether a delete failed because rows still reference the record: P2003 (SQLSTATE 23503), or
 * 23001 restrict_violation, which PostgreSQL 18 (PGlite) raises for ON DELETE RESTRICT and
 * Prisma reports under another code.
 */
export function isReferenceViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const code = readMeta(error).driverAdapterError?.cause?.originalCode;
  return error.code === "P2003" || code === "23503" || code === "23001";
}

// Reading unique and foreign-key violations from every error shape Prisma's adapters produce.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db";
import { getUniqueViolationField, isReferenceViolation, isUniqueViolation } from "@/lib/customers/db-errors";

function prismaError(code: string, meta: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "test", meta });
}

const adapterCause = (cause: Record<string, unknown>) => ({
  driverAdapterError: { name: "DriverAdapterError", cause },
});

describe("unique violations", () => {
  it.each([
    [
      "PGlite (constraint fields)",
      adapterCause({ constraint: { fields: ["organization_id", "account_number"] } }),
      "accountNumber",
    ],
    [
      "node-postgres (index name)",
      adapterCause({ constraint: { index: "customer_organization_id_email_key" } }),
      "email",
    ],
    ["classic engine (target)", { target: ["organizationId", "accountNumber"] }, "accountNumber"],
    ["classic engine (target name)", { target: "customer_organization_id_email_key" }, "email"],
    ["another constraint", adapterCause({ constraint: { index: "customer_pkey" } }), null],
    ["no meta", {}, null],
  ])("reads the field from %s", (_shape, meta, field) => {
    const error = prismaError("P2002", meta);
    expect(isUniqueViolation(error)).toBe(true);
    expect(getUniqueViolationField(error)).toBe(field);
  });

  it("ignores other errors", () => {
    expect(isUniqueViolation(prismaError("P2003", {}))).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
  });
});

describe("reference violations", () => {
  it.each([
    ["P2003", {}, true],
    ["P2039", adapterCause({ originalCode: "23001" }), true],
    ["P2010", adapterCause({ originalCode: "23503" }), true],
    ["P2039", adapterCause({ originalCode: "22P02" }), false],
    ["P2002", {}, false],
  ])("%s with %j → %s", (code, meta, expected) => {
    expect(isReferenceViolation(prismaError(code, meta))).toBe(expected);
  });

  it("ignores plain errors", () => {
    expect(isReferenceViolation(new Error("23503"))).toBe(false);
  });
});

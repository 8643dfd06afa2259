// Reading unique and foreign-key violations (lib/db/errors) from every error shape Prisma's adapters produce.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db";
import { isReferenceViolation, isUniqueViolation, isUniqueViolationOn, uniqueViolationFields } from "@/lib/db/errors";

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
    expect(["accountNumber", "email"].filter((name) => isUniqueViolationOn(error, name))).toEqual(field ? [field] : []);
  });

  it.each([
    ["a raw statement's SQLSTATE", prismaError("P2010", adapterCause({ originalCode: "23505" }))],
    ["the adapter's kind", prismaError("P2010", adapterCause({ kind: "UniqueConstraintViolation" }))],
    ["only the message", new Error('duplicate key value violates unique constraint "import_job_id_key"')],
  ])("recognizes a unique violation by %s", (_shape, error) => {
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("ignores other errors", () => {
    expect(isUniqueViolation(prismaError("P2003", {}))).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
    expect(isUniqueViolationOn(prismaError("P2003", { target: ["email"] }), "email")).toBe(false);
  });

  it.each([
    ["columns (classic engine)", { target: ["organizationId", "accountNumber"] }, ["accountNumber"]],
    [
      "columns (PGlite)",
      adapterCause({ constraint: { fields: ["organization_id", "account_number"] } }),
      ["accountNumber"],
    ],
    [
      "index name and table (node-postgres)",
      adapterCause({ table: "service_center", constraint: { index: "service_center_organization_id_code_key" } }),
      ["code"],
    ],
    ["index name of another table", adapterCause({ table: "user", constraint: { index: "account_email_key" } }), []],
    ["nothing", {}, []],
  ])("names the fields from %s, without the organization column", (_shape, meta, fields) => {
    expect(uniqueViolationFields(prismaError("P2002", meta))).toEqual(fields);
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

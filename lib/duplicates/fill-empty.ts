import "server-only";
// "Merge into it" from the new-customer form: the values typed there fill the existing customer's
// empty fields — nothing it already has is overwritten. The preview lists exactly what would change
// (normalized as stored); applying it is an ordinary, audited update at the previewed version.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { diffFields, type FieldChanges } from "@/lib/activity/record";
import { customerFieldNames, recordedCustomerFields } from "@/lib/customers/fields";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { updateCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schemas";
import type { Customer } from "@/lib/generated/prisma/client";
import { parseFields, parseWith } from "@/lib/validation";

/** Choices the new form starts with rather than values someone typed: never carried over. */
const untyped: ReadonlySet<string> = new Set(["kind", "status", "customerType", "shippingSameAsBilling"]);

const isBlank = (value: unknown) =>
  value == null || (typeof value === "string" && !value.trim()) || (Array.isArray(value) && value.length === 0);

export interface FillPreview {
  /** The version the preview was made at: applying it at any other is a CONFLICT. */
  version: number;
  changes: FieldChanges;
}

function planFill(existing: Customer, input: unknown) {
  const typed = parseFields(input);
  const patch: Record<string, unknown> = {};
  for (const field of customerFieldNames) {
    if (!untyped.has(field) && !isBlank(typed[field]) && isBlank(existing[field])) patch[field] = typed[field];
  }
  const merged = Object.fromEntries(customerFieldNames.map((field) => [field, patch[field] ?? existing[field]]));
  const after = parseWith(customerInputSchema, merged);
  const changes = diffFields(recordedCustomerFields(existing), recordedCustomerFields(after), customerFieldNames);
  return { patch, changes };
}

/** What filling customer `id`'s empty fields with the typed `input` would change. */
export async function previewFillEmptyFields(ctx: Ctx, id: string, input: unknown): Promise<FillPreview> {
  assertCan(ctx, "customer:update");
  const existing = await findCustomerInOrg(db, ctx.orgId, id);
  return { version: existing.version, changes: planFill(existing, input).changes };
}

/** Fills customer `id`'s empty fields with the typed `input`, if it is still at the previewed `version`. */
export async function fillEmptyFields(ctx: Ctx, id: string, input: unknown, version: number): Promise<Customer> {
  assertCan(ctx, "customer:update");
  const existing = await findCustomerInOrg(db, ctx.orgId, id);
  const { patch } = planFill(existing, input);
  return updateCustomer(ctx, existing.id, patch, { expectedVersion: version });
}

// Shared setup for the customers integration tests: an organization with a context per role.
import { expect } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { ErrorCode } from "@/lib/errors";
import { createCustomer } from "@/lib/customers/mutations";
import type { CustomerInput } from "@/lib/customers/schemas";
import { makeOrgWithRoles, uniq } from "@/tests/factories";

export async function setupOrg() {
  const { org, ctx } = await makeOrgWithRoles();
  return { org, ctx, staff: ctx.staff, admin: ctx.admin };
}

export function makeCustomer(ctx: Ctx, overrides: CustomerInput = {}) {
  const defaultName = overrides.kind === "person" ? {} : { name: uniq("Customer ") };
  return createCustomer(ctx, { ...defaultName, ...overrides });
}

/** Awaits a rejection and returns its AppError code, message and field errors for assertions. */
export async function rejectionOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => expect.unreachable("expected the call to fail"),
    (reason: unknown) => reason,
  );
  const { code, message, fieldErrors } = error as {
    code?: ErrorCode;
    message: string;
    fieldErrors?: Record<string, string[]>;
  };
  return { code, message, fieldErrors: fieldErrors ?? {} };
}

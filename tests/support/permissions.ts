// The role × operation matrix the permission tests walk: every role tries every operation and either
// succeeds or is refused FORBIDDEN with the role message.
import { expect } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { rejectionOf } from "@/tests/factories";

/** `[role, operation, allowed]` for every role and every operation, for `it.each`. */
export function roleCases<Op extends string>(operations: Record<Op, unknown>, allowed: Record<Role, Op[]>) {
  return (Object.keys(allowed) as Role[]).flatMap((role) =>
    (Object.keys(operations) as Op[]).map((op) => [role, op, allowed[role].includes(op)] as const),
  );
}

/** Awaits an attempt that must succeed when `isAllowed`, and otherwise fail FORBIDDEN with the role message. */
export async function expectAllowed(attempt: Promise<unknown>, isAllowed: boolean) {
  if (isAllowed) {
    await attempt;
  } else {
    expect(await rejectionOf(attempt)).toMatchObject({
      code: "FORBIDDEN",
      message: "Your role does not allow this action.",
    });
  }
}

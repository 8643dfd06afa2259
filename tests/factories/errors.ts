// Reading an expected failure: the AppError's code, message and field errors, for assertions.
import { expect } from "vitest";
import type { ErrorCode } from "@/lib/errors";

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

/** Awaits a rejection that must be a VALIDATION error and returns its field errors. */
export async function fieldErrorsOf(promise: Promise<unknown>) {
  const { code, fieldErrors } = await rejectionOf(promise);
  expect(code).toBe("VALIDATION");
  return fieldErrors;
}

// Expected failures with stable codes; the REST API and server actions map them the same way.
import type { z } from "zod";

export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "INTERNAL";

export type FieldErrors = Record<string, string[]>;

const httpStatus: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: ErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return httpStatus[this.code];
  }
}

export const notFound = (what = "Record") => new AppError("NOT_FOUND", `${what} not found.`);
export const forbidden = (message = "You do not have permission to do that.") => new AppError("FORBIDDEN", message);
export const conflict = (message: string, fieldErrors?: FieldErrors) => new AppError("CONFLICT", message, fieldErrors);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A VALIDATION error carrying zod's messages keyed by top-level field ("_form" for the whole input). */
export function validationError(error: z.ZodError): AppError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  const [only, ...more] = error.issues;
  const message = only && more.length === 0 ? only.message : "Please correct the highlighted fields.";
  return new AppError("VALIDATION", message, fieldErrors);
}

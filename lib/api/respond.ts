// JSON responses for the REST API: one error format, never a stack trace.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError, validationError, type FieldErrors } from "@/lib/errors";
import type { MergedCustomerError } from "@/lib/customers/lookup";
import { survivorPath } from "@/lib/customers/merge/redirect";
import { DuplicatesFoundError } from "@/lib/duplicates/errors";
import type { DuplicateCandidate } from "@/lib/duplicates/schemas";

interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    details?: FieldErrors;
    candidates?: DuplicateCandidate[];
    requestId?: string;
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
    if (error.fieldErrors) body.error.details = error.fieldErrors;
    if (error instanceof DuplicatesFoundError) body.error.candidates = error.candidates;
    return Response.json(body, { status: error.status });
  }
  if (error instanceof z.ZodError) {
    return errorResponse(validationError(error));
  }
  const requestId = randomUUID();
  console.error(JSON.stringify({ level: "error", msg: "api.unhandled", requestId, error: describe(error) }));
  const body: ApiErrorBody = {
    error: { code: "INTERNAL", message: `Something went wrong. Reference: ${requestId}`, requestId },
  };
  return Response.json(body, { status: 500 });
}

/** 308 to the same URL on the survivor (the method and body are kept), with `{ mergedInto }` for clients that do not follow. */
export function mergedRedirectResponse(request: Request, error: MergedCustomerError): Response {
  const url = new URL(request.url);
  const location = new URL(survivorPath(`${url.pathname}${url.search}`, error.customerId, error.mergedIntoId), url);
  return Response.json({ mergedInto: error.mergedIntoId }, { status: 308, headers: { Location: location.toString() } });
}

/** Error name and message only: request bodies (PII) are never logged. */
function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: "Unknown", message: String(error) };
}

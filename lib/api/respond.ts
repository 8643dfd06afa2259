// JSON responses for the REST API: one error format with the request's id, never a stack trace.
import { z } from "zod";
import { AppError, validationError, type FieldErrors } from "@/lib/errors";
import { currentRequestId, log, newRequestId } from "@/lib/log";
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

/** The JSON error for `error`; its `requestId` is the request's (lib/api/handler.ts), quoted in the logs. */
export function errorResponse(error: unknown, requestId = currentRequestId() ?? newRequestId()): Response {
  if (error instanceof AppError) {
    const body: ApiErrorBody = { error: { code: error.code, message: error.message, requestId } };
    if (error.fieldErrors) body.error.details = error.fieldErrors;
    if (error instanceof DuplicatesFoundError) body.error.candidates = error.candidates;
    return Response.json(body, { status: error.status });
  }
  if (error instanceof z.ZodError) {
    return errorResponse(validationError(error), requestId);
  }
  // The error only (the logger masks personal data in its text), never the request body.
  log().error({ err: error, requestId }, "api.unhandled");
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

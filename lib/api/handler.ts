// The one REST route wrapper: authenticates the organization API key (Bearer), hands the acting
// context to the handler, and turns every failure into the JSON error format.
import "server-only";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { getAuth } from "@/lib/auth/auth";
import type { Ctx } from "@/lib/auth/context";
import { resolveSessionCtx } from "@/lib/auth/membership";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/api/respond";

type RouteParams = Record<string, string | string[] | undefined>;
type RouteContext<P extends RouteParams> = { params: Promise<P> };
type Handler<P extends RouteParams> = (request: Request, ctx: Ctx, params: P) => Promise<Response>;

export interface ApiRouteOptions {
  /**
   * Also accept the signed-in browser session (for downloads and uploads the app itself makes) when
   * no Authorization header is sent. Writes by cookie must come from our own origin (CSRF).
   */
  allowSession?: boolean;
}

export function apiRoute<P extends RouteParams = RouteParams>(handler: Handler<P>, options: ApiRouteOptions = {}) {
  return async (request: Request, route: RouteContext<P>): Promise<Response> => {
    try {
      const authorization = request.headers.get("authorization");
      const ctx =
        authorization === null && options.allowSession
          ? await authenticateSession(request)
          : await authenticateApiKey(authorization);
      if (!ctx) {
        throw new AppError("UNAUTHORIZED", "Send a valid API key as `Authorization: Bearer <key>`.");
      }
      return await handler(request, ctx, await route.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function authenticateSession(request: Request): Promise<Ctx | null> {
  const session = await getAuth().api.getSession({ headers: request.headers });
  if (!session) return null;
  if (!["GET", "HEAD"].includes(request.method) && !isSameOrigin(request)) {
    throw new AppError("FORBIDDEN", "Cross-site requests may not use the browser session.");
  }
  return resolveSessionCtx(session.user.id, session.session.activeOrganizationId);
}

function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return request.headers.get("sec-fetch-site") === "same-origin";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The request's JSON object body; anything else is a 400 with a clear message. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The request body must be valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("BAD_REQUEST", "The request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}

/** `If-Match: "3"` (or `3`) → 3; absent → undefined; malformed → 400. */
export function readIfMatchVersion(request: Request): number | undefined {
  const header = request.headers.get("if-match");
  if (header === null) return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  if (!match) throw new AppError("BAD_REQUEST", 'If-Match must be the record version from its ETag, e.g. If-Match: "3".');
  return Number(match[1]);
}

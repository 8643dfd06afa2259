// The one REST route wrapper: gives the request its id (on every log line, in the `X-Request-Id` header
// and in every error body), authenticates the organization API key (Bearer), checks the documented
// operation's permission, hands the acting context to the handler, turns every failure into the JSON
// error format and logs one line per request (method, path without the query, status, time; no PII).
import "server-only";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { getAuth, resolveTrustedOrigins } from "@/lib/auth/auth";
import type { Ctx } from "@/lib/auth/context";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { runOnPrimary, runReadRequest } from "@/lib/db/read-routing";
import { readAfterFromCookieHeader, readAfterSetCookie, takeReadAfterToken } from "@/lib/db/read-after-write";
import { resolveSessionCtx } from "@/lib/auth/membership";
import { AppError } from "@/lib/errors";
import { authorizeOperation } from "@/lib/api/authorize";
import { errorResponse, mergedRedirectResponse } from "@/lib/api/respond";
import { isMergedCustomerError } from "@/lib/customers/lookup";
import { findOperation } from "@/lib/openapi/document";
import { log, newRequestId, withRequestId } from "@/lib/log";
import { assertStorableInput } from "@/lib/validation";

type RouteParams = Record<string, string | string[] | undefined>;
type RouteContext<P extends RouteParams> = { params: Promise<P> };
type Handler<P extends RouteParams> = (request: Request, ctx: Ctx, params: P) => Promise<Response>;

/** A route export, tagged with the operation it serves so tests can check it against the document. */
export type ApiRouteHandler<P extends RouteParams> = ((
  request: Request,
  route: RouteContext<P>,
) => Promise<Response>) & {
  operationId: string;
};

/**
 * Serves the documented operation `operationId` (lib/openapi/resources): authenticates the API key
 * (or, where the operation allows it, the browser session), checks the operation's permission before
 * the handler reads anything, then runs the handler.
 */
export function apiRoute<P extends RouteParams = RouteParams>(
  operationId: string,
  handler: Handler<P>,
): ApiRouteHandler<P> {
  const operation = findOperation(operationId);
  const serve = async (request: Request, params: Promise<P>): Promise<Response> => {
    try {
      const authorization = request.headers.get("authorization");
      const ctx =
        authorization === null && operation.session
          ? await authenticateSession(request)
          : await authenticateApiKey(authorization);
      if (!ctx) {
        throw new AppError("UNAUTHORIZED", "Send a valid API key as `Authorization: Bearer <key>`.");
      }
      const { searchParams } = new URL(request.url);
      authorizeOperation(operation, ctx, searchParams);
      assertStorableQuery(searchParams);
      const routeParams = await params;
      const run = () => handler(request, ctx, routeParams);
      if (operation.method === "get") {
        const after = readAfterFromCookieHeader(request.headers.get("cookie"));
        return await runInOrganization(ctx.orgId, () => runReadRequest(after, run));
      }
      // A write: all its reads from the primary, and the caller's next reads too until the read replica has
      // replayed it (a cookie, for clients that keep cookies; lib/db/read-routing.ts).
      const response = await runInOrganization(ctx.orgId, () => runOnPrimary(run));
      const token = await takeReadAfterToken();
      return token ? withHeader(response, "Set-Cookie", readAfterSetCookie(token)) : response;
    } catch (error) {
      // Reading a merged customer (or anything under it) is redirected to its survivor; writes are a 404.
      if (isMergedCustomerError(error) && operation.method === "get") return mergedRedirectResponse(request, error);
      return errorResponse(error);
    }
  };
  const route = (request: Request, { params }: RouteContext<P>): Promise<Response> => {
    const requestId = newRequestId();
    return withRequestId(requestId, async () => {
      const started = performance.now();
      const response = withHeader(await serve(request, params), "X-Request-Id", requestId);
      log().info(
        {
          operationId,
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
          ms: Math.round(performance.now() - started),
        },
        "api.request",
      );
      return response;
    });
  };
  return Object.assign(route, { operationId });
}

/** `response` with the header added (a copy when its headers are immutable, as a redirect's are). */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.append(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.append(name, value);
    return copy;
  }
}

/** A query parameter no database can search for (a NUL byte, a lone surrogate) is a 422 naming it. */
function assertStorableQuery(searchParams: URLSearchParams): void {
  const record: Record<string, string[]> = {};
  for (const key of new Set(searchParams.keys())) record[key] = searchParams.getAll(key);
  assertStorableInput(record, "The query");
}

async function authenticateSession(request: Request): Promise<Ctx | null> {
  const session = await getAuth().api.getSession({ headers: request.headers });
  if (!session) return null;
  if (!["GET", "HEAD"].includes(request.method) && !isSameOrigin(request)) {
    throw new AppError("FORBIDDEN", "Cross-site requests may not use the browser session.");
  }
  return resolveSessionCtx(session.user.id, session.session.activeOrganizationId);
}

/** The request's Origin is the app's own (configured public origin, or the Host the browser sent). */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return request.headers.get("sec-fetch-site") === "same-origin";
  try {
    const { host, origin: normalized } = new URL(origin);
    return resolveTrustedOrigins().includes(normalized) || host === request.headers.get("host");
  } catch {
    return false;
  }
}

/** `If-Match: "3"` (or `3`) → 3; absent → undefined; malformed → 400. */
export function readIfMatchVersion(request: Request): number | undefined {
  const header = request.headers.get("if-match");
  if (header === null) return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  if (!match)
    throw new AppError("BAD_REQUEST", 'If-Match must be the record version from its ETag, e.g. If-Match: "3".');
  return Number(match[1]);
}

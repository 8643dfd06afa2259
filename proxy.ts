// Runs before every page request: a Content-Security-Policy with a fresh script nonce (Next.js reads
// it from the request's CSP header and stamps its own scripts), HSTS over https, the requested path
// for server components (so requireCtx can send a signed-out visitor to /login?next=… and back), and
// no render for visitors without a session cookie (the real session check is requireCtx in
// lib/auth/session.ts), and the request's id (`x-request-id`, always made here, never taken from the
// client: server actions log with it, lib/safe-action.ts). The API's headers are static (next.config.ts):
// see lib/http/security-headers.ts; API requests get their ids in lib/api/handler.ts.
import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { REQUEST_ID_HEADER, REQUEST_PATH_HEADER } from "@/lib/auth/next-path";
import {
  createNonce,
  isServedOverHttps,
  pageContentSecurityPolicy,
  pageSecurityHeaders,
} from "@/lib/http/security-headers";

const PUBLIC_PREFIXES = ["/login", "/invite/", "/no-organization"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = isServedOverHttps(process.env.BETTER_AUTH_URL);
  const policy = pageContentSecurityPolicy(createNonce(), { dev: process.env.NODE_ENV === "development", https });
  const requestId = crypto.randomUUID();
  const secured = (response: NextResponse) => {
    for (const { key, value } of pageSecurityHeaders(policy, https)) response.headers.set(key, value);
    response.headers.set("X-Request-Id", requestId);
    return response;
  };

  const isPublic = pathname === "/" || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  if (!isPublic && !getSessionCookie(request)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", `${pathname}${search}`);
    return secured(NextResponse.redirect(login));
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set("Content-Security-Policy", policy);
  return secured(NextResponse.next({ request: { headers } }));
}

export const config = {
  // Pages only: not the API (REST keys, /api/auth), Next.js assets or files with an extension.
  matcher: ["/((?!api/|_next/|.*\\.[\\w]+$).*)"],
};

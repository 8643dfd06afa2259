// Runs before every page and API request. Pages: a fresh CSP nonce (Next.js reads it from the
// request's CSP header and stamps its scripts), the requested path for server components (so
// requireCtx can send a signed-out visitor to /login?next=… and back), and no render for visitors
// without a session cookie (the real session check is requireCtx in lib/auth/session.ts). API: its
// own CSP, never a redirect (REST keys and /api/auth answer for themselves).
import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { REQUEST_PATH_HEADER } from "@/lib/auth/next-path";
import {
  apiContentSecurityPolicy,
  createNonce,
  isServedOverHttps,
  pageContentSecurityPolicy,
  responseSecurityHeaders,
} from "@/lib/http/security-headers";

const PUBLIC_PREFIXES = ["/login", "/invite/", "/no-organization"];

function secured(response: NextResponse, policy: string, https: boolean): NextResponse {
  for (const { key, value } of responseSecurityHeaders(policy, https)) response.headers.set(key, value);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = isServedOverHttps(process.env.BETTER_AUTH_URL);
  if (pathname.startsWith("/api/")) return secured(NextResponse.next(), apiContentSecurityPolicy, https);

  const policy = pageContentSecurityPolicy(createNonce(), { dev: process.env.NODE_ENV === "development", https });
  const isPublic = pathname === "/" || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  if (!isPublic && !getSessionCookie(request)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", `${pathname}${search}`);
    return secured(NextResponse.redirect(login), policy, https);
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  headers.set("Content-Security-Policy", policy);
  return secured(NextResponse.next({ request: { headers } }), policy, https);
}

export const config = {
  // Pages and the API (a name with an extension is a file outside /api, but errors.csv and
  // openapi.json are API routes). Next.js assets get their static headers from next.config.ts.
  matcher: ["/api/:path*", "/((?!api/|_next/|.*\\.[\\w]+$).*)"],
};

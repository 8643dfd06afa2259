// Runs before every page request: tells server components which path was requested (so requireCtx
// can send a signed-out visitor to /login?next=… and back), and skips a render for visitors without
// a session cookie. The real session check is requireCtx in lib/auth/session.ts.
import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { REQUEST_PATH_HEADER } from "@/lib/auth/next-path";

const PUBLIC_PREFIXES = ["/login", "/invite/", "/no-organization"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = pathname === "/" || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  if (!isPublic && !getSessionCookie(request)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API (REST keys, /api/auth), Next.js assets or files with an extension.
  matcher: ["/((?!api/|_next/|.*\\.[\\w]+$).*)"],
};

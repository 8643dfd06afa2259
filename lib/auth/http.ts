// /api/auth/* over HTTP: only the endpoints the app uses are exposed (everything else better-auth
// offers — sign-up, organization admin, password reset — is 404), and email sign-in goes through
// the same database-backed throttle as the login form.
import "server-only";
import { getAuth } from "@/lib/auth/auth";
import { consumeSignInAttempt, recordSignInSuccess } from "@/lib/auth/login";
import { isAppError } from "@/lib/errors";
import { getClientIp } from "@/lib/http/client-ip";

const exposedPaths = new Set(["/get-session", "/sign-in/email", "/sign-out", "/ok"]);

function getAuthPath(request: Request): string {
  const { pathname } = new URL(request.url);
  return pathname.replace(/^\/api\/auth/, "").replace(/\/$/, "") || "/";
}

export async function handleAuthRequest(request: Request): Promise<Response> {
  const path = getAuthPath(request);
  if (!exposedPaths.has(path))
    return Response.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404 });
  if (path !== "/sign-in/email" || request.method !== "POST") return getAuth().handler(request);

  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown } | null;
  const key = { email: typeof body?.email === "string" ? body.email : "", ip: getClientIp(request.headers) };
  try {
    await consumeSignInAttempt(key);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status });
  }
  const response = await getAuth().handler(request);
  if (response.ok) await recordSignInSuccess(key);
  return response;
}

// Where to return after sign-in: the requested path (carried by a header from proxy.ts), accepted
// only as a same-site relative path so a crafted `next` cannot redirect away.

const DEFAULT_AFTER_SIGN_IN = "/customers";

/** Set by proxy.ts on page requests so a signed-out visitor can be sent back where they were going. */
export const REQUEST_PATH_HEADER = "x-request-path";

export function sanitizeNextPath(next: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) return fallback;
  // Browsers treat backslashes like slashes and drop tabs/newlines ("/\evil.com", "/\t/evil.com").
  if (/[\\\s]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://localhost");
    return url.origin === "http://localhost" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

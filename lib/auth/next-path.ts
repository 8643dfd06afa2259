// Where to return after sign-in: the requested path (carried by a header from proxy.ts), accepted
// only as a same-site relative path so a crafted `next` cannot redirect away.

const DEFAULT_AFTER_SIGN_IN = "/customers";

/** Set by proxy.ts on page requests so a signed-out visitor can be sent back where they were going. */
export const REQUEST_PATH_HEADER = "x-request-path";

/** Set by proxy.ts on page requests (server actions included): the request's id, made there. */
export const REQUEST_ID_HEADER = "x-request-id";

const MAX_DECODE_ROUNDS = 5;

/** Percent-decodes until nothing changes ("%252F" → "%2F" → "/"); null when malformed or too deep. */
function decodeFully(path: string): string | null {
  let current = path;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (decoded === current) return current;
    current = decoded;
  }
  return null;
}

/** RFC 3986 dot-segment removal, with backslashes read as slashes the way browsers read them. */
function removeDotSegments(path: string): string {
  const output: string[] = [];
  const segments = path.replace(/\\/g, "/").split("/").slice(1);
  for (const segment of segments) {
    if (segment === "..") output.pop();
    else if (segment !== ".") output.push(segment);
  }
  const last = segments.at(-1);
  return `/${output.join("/")}${(last === "." || last === "..") && output.length > 0 ? "/" : ""}`;
}

/**
 * Whether a path stays on this site however it is read: after percent-decoding (repeatedly) and
 * resolving dot segments it must not start with "//" or "/\" (a protocol-relative URL to another
 * host) nor hold whitespace or control characters (which browsers drop: "/\t/evil.com").
 */
function isSameSitePath(path: string): boolean {
  const decoded = decodeFully(path);
  if (decoded === null || !decoded.startsWith("/") || /[\s\p{Cc}]/u.test(decoded)) return false;
  return !removeDotSegments(decoded).startsWith("//");
}

export function sanitizeNextPath(next: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof next !== "string" || !next.startsWith("/")) return fallback;
  // Browsers treat backslashes like slashes and drop tabs/newlines anywhere in the URL.
  if (/[\\\s\p{Cc}]/u.test(next)) return fallback;
  const path = next.split(/[?#]/, 1)[0]!;
  if (!isSameSitePath(path)) return fallback;
  try {
    const url = new URL(next, "http://localhost");
    const resolved = `${url.pathname}${url.search}${url.hash}`;
    // What the browser is sent is checked again, so it can never be protocol-relative.
    return url.origin === "http://localhost" && isSameSitePath(url.pathname) ? resolved : fallback;
  } catch {
    return fallback;
  }
}

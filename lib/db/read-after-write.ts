// Read-your-own-writes across requests and app instances, without state on the server: a request that wrote
// (a server action, a REST write) answers with a short-lived signed cookie holding the primary's WAL position
// after its writes; later reads of that browser or cookie-keeping client go to the replica only once it has
// replayed that position (lib/db/replica-position.ts), to the primary until then. Signed so that a client
// cannot pin its reads to the primary with a far-future position; it only chooses between two copies of data
// the caller may read either way. Only set when DATABASE_READ_URL is configured.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getDbHandle, getReadHandle } from "@/lib/db/client";
import { parseLsn, type Lsn } from "@/lib/db/replica-position";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { log } from "@/lib/log";

export const READ_AFTER_COOKIE = "chub_read_after";

/** Longer than any lag the replica may have and still serve (DATABASE_READ_MAX_LAG_MS), so expiry never lets a stale read through. */
const READ_AFTER_SECONDS = 60;

let signingKey: Buffer | undefined;

function sign(payload: string): string {
  signingKey ??= createHmac("sha256", resolveAuthSecret()).update("customer-hub read-after-write").digest();
  return createHmac("sha256", signingKey).update(payload).digest("base64url").slice(0, 22);
}

/** The cookie value for a write at `lsn`: position (hex), expiry (epoch seconds), signature. */
export function readAfterToken(lsn: Lsn, now = Date.now()): string {
  const payload = `${lsn.toString(16)}.${Math.floor(now / 1000) + READ_AFTER_SECONDS}`;
  return `${payload}.${sign(payload)}`;
}

/** The write position a cookie value vouches for, or null (absent, malformed, forged or expired). */
export function verifyReadAfter(value: string | undefined | null, now = Date.now()): Lsn | null {
  const match = value ? /^([0-9a-f]{1,16})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/.exec(value) : null;
  if (!match) return null;
  const [, lsn, expires, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(`${lsn}.${expires}`));
  if (!timingSafeEqual(expected, Buffer.from(signature)) || Number(expires) * 1000 < now) return null;
  return BigInt(`0x${lsn}`);
}

/** The cookie's value in a `Cookie` request header, verified. */
export function readAfterFromCookieHeader(header: string | null): Lsn | null {
  const value = header
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${READ_AFTER_COOKIE}=`))
    ?.slice(READ_AFTER_COOKIE.length + 1);
  return verifyReadAfter(value);
}

/**
 * After a request's writes: the token of the primary's current WAL position (its insert position, which
 * is past every commit this request made), or null without a replica or when the primary cannot say.
 */
export async function takeReadAfterToken(): Promise<string | null> {
  const pool = getReadHandle() ? getDbHandle().pool : undefined;
  if (!pool) return null;
  try {
    const { rows } = await pool.query<{ lsn: string }>("SELECT pg_current_wal_insert_lsn()::text AS lsn");
    return readAfterToken(parseLsn(rows[0]!.lsn));
  } catch (error) {
    log().warn({ err: error }, "db.replica: could not read the primary's WAL position after a write");
    return null;
  }
}

/** Cookie attributes (the same in a `Set-Cookie` header and for Next.js's `cookies().set`). */
export const readAfterCookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: READ_AFTER_SECONDS,
  secure: (process.env.BETTER_AUTH_URL ?? "").startsWith("https:"),
} as const;

export function readAfterSetCookie(token: string): string {
  const { path, maxAge, secure } = readAfterCookieOptions;
  return `${READ_AFTER_COOKIE}=${token}; Path=${path}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

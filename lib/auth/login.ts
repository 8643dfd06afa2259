// Email + password sign-in with brute-force throttling. Counters live in the rate_limit table (shared
// by every instance): 5 attempts per email and IP per 15 minutes, 10 failures per email per 15 minutes
// whatever the IP, 50 attempts per IP per hour. The IP is the socket peer unless TRUSTED_PROXIES says
// otherwise (lib/http/client-ip.ts).
import "server-only";
import { createHash } from "node:crypto";
import { isIP } from "node:net";
import { isAPIError } from "better-auth/api";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { getAuth } from "@/lib/auth/auth";
import { normalizeEmail } from "@/lib/auth/credentials";
import { AppError } from "@/lib/errors";

export interface SignInKey {
  email: string;
  ip: string;
}

const limiterOptions = { storeClient: db, tableName: "rateLimiterFlexible", clearExpiredByTimeout: false };
const perEmailAndIp = new RateLimiterPrisma({
  ...limiterOptions,
  keyPrefix: "login_email_ip",
  points: 5,
  duration: 15 * 60,
});
const perIp = new RateLimiterPrisma({ ...limiterOptions, keyPrefix: "login_ip", points: 50, duration: 60 * 60 });
// Holds however many addresses an attacker rotates through; it also lets anyone who knows an email
// keep that account from signing in with 10 guesses per 15 minutes (the accepted cost, see README).
const perEmail = new RateLimiterPrisma({ ...limiterOptions, keyPrefix: "login_email", points: 10, duration: 15 * 60 });

/** IPv6 clients are counted per /64 (one subscriber's network), so rotating within it gains nothing. */
function ipBucket(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes(".") ? 2 : 1), 0);
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - width(left) - width(right)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

// Emails are hashed so the counters table holds no addresses.
function hashEmail(email: string): string {
  return createHash("sha256").update(normalizeEmail(email)).digest("hex").slice(0, 32);
}

function buildEmailIpKey({ email, ip }: SignInKey): string {
  return `${hashEmail(email)}:${ipBucket(ip)}`;
}

function rateLimitedError(msBeforeNext: number): AppError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new AppError(
    "RATE_LIMITED",
    `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
  );
}

async function consumeAll(consumptions: Promise<RateLimiterRes>[]): Promise<void> {
  const results = await Promise.allSettled(consumptions);
  const rejections = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  const spent = rejections.filter((reason): reason is RateLimiterRes => reason instanceof RateLimiterRes);
  if (spent.length < rejections.length) throw rejections.find((reason) => !(reason instanceof RateLimiterRes));
  if (spent.length > 0) throw rateLimitedError(Math.max(...spent.map((res) => res.msBeforeNext)));
}

/**
 * Counts an attempt before it is checked, so parallel guesses cannot slip past the limit; throws
 * RATE_LIMITED once any budget is spent. The per-email budget is only drawn once the IP's budgets
 * allow the attempt, so one address hammering an account cannot lock it out on its own.
 */
export async function consumeSignInAttempt(key: SignInKey): Promise<void> {
  await consumeAll([perEmailAndIp.consume(buildEmailIpKey(key)), perIp.consume(ipBucket(key.ip))]);
  await consumeAll([perEmail.consume(hashEmail(key.email))]);
}

/**
 * A successful sign-in clears the email+IP counter and gives the IP and the email their attempt back;
 * the email's earlier failures stay counted, so a victim signing in grants an attacker no new guesses.
 */
export async function recordSignInSuccess(key: SignInKey): Promise<void> {
  await Promise.all([
    perEmailAndIp.delete(buildEmailIpKey(key)),
    perIp.reward(ipBucket(key.ip), 1),
    perEmail.reward(hashEmail(key.email), 1),
  ]);
}

/**
 * Signs in through better-auth (which creates the session row and, inside a server action, sets the
 * cookie through nextCookies). Wrong credentials → UNAUTHORIZED; too many → RATE_LIMITED.
 */
export async function signIn(
  input: { email: string; password: string },
  request: { ip: string; headers: Headers },
): Promise<{ userId: string; token: string }> {
  const key = { email: input.email, ip: request.ip };
  await consumeSignInAttempt(key);
  try {
    const result = await getAuth().api.signInEmail({
      body: { email: normalizeEmail(input.email), password: input.password },
      headers: request.headers,
    });
    await recordSignInSuccess(key);
    return { userId: result.user.id, token: result.token };
  } catch (error) {
    if (isAPIError(error) && (error.status === "UNAUTHORIZED" || error.status === "BAD_REQUEST")) {
      throw new AppError("UNAUTHORIZED", "Invalid email or password.");
    }
    throw error;
  }
}

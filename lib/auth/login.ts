// Email + password sign-in with brute-force throttling. Counters live in the rate_limit table (shared
// by every instance): 5 attempts per email and IP per 15 minutes, 50 per IP per hour.
import "server-only";
import { createHash } from "node:crypto";
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
const perEmailAndIp = new RateLimiterPrisma({ ...limiterOptions, keyPrefix: "login_email_ip", points: 5, duration: 15 * 60 });
const perIp = new RateLimiterPrisma({ ...limiterOptions, keyPrefix: "login_ip", points: 50, duration: 60 * 60 });

/** The client address as the nearest proxy (or Next.js itself) reports it. */
export function getClientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

// Emails are hashed so the counters table holds no addresses.
function buildEmailIpKey({ email, ip }: SignInKey): string {
  return `${createHash("sha256").update(normalizeEmail(email)).digest("hex").slice(0, 32)}:${ip}`;
}

function rateLimitedError(msBeforeNext: number): AppError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new AppError(
    "RATE_LIMITED",
    `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
  );
}

/**
 * Counts an attempt before it is checked, so parallel guesses cannot slip past the limit; throws
 * RATE_LIMITED once either budget is spent.
 */
export async function consumeSignInAttempt(key: SignInKey): Promise<void> {
  const results = await Promise.allSettled([perEmailAndIp.consume(buildEmailIpKey(key)), perIp.consume(key.ip)]);
  const rejections = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  const spent = rejections.filter((reason): reason is RateLimiterRes => reason instanceof RateLimiterRes);
  if (spent.length < rejections.length) throw rejections.find((reason) => !(reason instanceof RateLimiterRes));
  if (spent.length > 0) throw rateLimitedError(Math.max(...spent.map((res) => res.msBeforeNext)));
}

/** A successful sign-in clears the email+IP counter and gives the IP its attempt back. */
export async function recordSignInSuccess(key: SignInKey): Promise<void> {
  await Promise.all([perEmailAndIp.delete(buildEmailIpKey(key)), perIp.reward(key.ip, 1)]);
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

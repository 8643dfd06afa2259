// The better-auth server: email + password over our Prisma client (tables come from our migrations),
// the organization plugin for session.activeOrganizationId, and 7-day cookie sessions.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins/organization";
import { db } from "@/lib/db";
import { findDefaultOrganizationId } from "@/lib/auth/membership";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getClientIp } from "@/lib/http/client-ip";

const DAY_SECONDS = 60 * 60 * 24;

function resolveAuthBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.BETTER_AUTH_URL || `http://localhost:${env.PORT ?? 3000}`;
}

/** The app's own origin, localhost/127.0.0.1 twins for local and e2e runs, and any extra listed ones. */
export function resolveTrustedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = [new URL(resolveAuthBaseUrl(env)).origin];
  if (!env.BETTER_AUTH_URL) origins.push(`http://127.0.0.1:${env.PORT ?? 3000}`);
  const extra = (env.BETTER_AUTH_TRUSTED_ORIGINS ?? "").split(",").map((o) => o.trim());
  return [...origins, ...extra.filter(Boolean)];
}

/** The client address this process recorded for the request, or null when it recorded none. */
function recordedClientIp(headers: Headers | undefined): string | null {
  const ip = headers ? getClientIp(headers) : "unknown";
  return ip === "unknown" ? null : ip;
}

function createAuth() {
  return betterAuth({
    appName: "Customer Hub",
    // Failed sign-ins are expected traffic (and throttled); only real problems are logged.
    logger: { level: "error" },
    secret: resolveAuthSecret(),
    baseURL: resolveAuthBaseUrl(),
    trustedOrigins: resolveTrustedOrigins(),
    database: prismaAdapter(db, { provider: "postgresql" }),
    // Users are added by admins or invitations; there is no public sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    session: { expiresIn: 7 * DAY_SECONDS, updateAge: DAY_SECONDS },
    // Sign-in throttling is ours (lib/auth/login.ts), stored in the database and shared by every
    // instance; better-auth's own limiter keeps per-process memory.
    rateLimit: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // The session's address is ours (socket peer, or per TRUSTED_PROXIES), never better-auth's
          // reading of a client-sent X-Forwarded-For.
          before: async (session, context) => ({
            data: {
              ...session,
              ipAddress: recordedClientIp(context?.headers),
              activeOrganizationId: await findDefaultOrganizationId(session.userId),
            },
          }),
        },
      },
    },
    plugins: [organization({ allowUserToCreateOrganization: false }), nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;

// Created on first use (not at import, so builds need no secret) and once per process, as Next.js
// may load this module in several bundles.
const globalForAuth = globalThis as typeof globalThis & { __customerHubAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.__customerHubAuth ??= createAuth();
  return globalForAuth.__customerHubAuth;
}

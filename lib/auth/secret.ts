// The session-signing secret: BETTER_AUTH_SECRET, or one generated once and kept in .data/auth-secret
// for development and embedded (PGlite) installs, so restarts keep everybody signed in.
import { randomBytes } from "node:crypto";
import { readOrCreateLocalSecret } from "@/lib/local-secret";
import path from "node:path";

interface SecretEnv {
  BETTER_AUTH_SECRET?: string;
  DATABASE_URL?: string;
  NODE_ENV?: string;
}

export function resolveAuthSecret(env: SecretEnv = process.env, dataDir = path.join(process.cwd(), ".data")): string {
  const configured = env.BETTER_AUTH_SECRET?.trim();
  if (configured) return configured;
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new Error(
      "BETTER_AUTH_SECRET is not set. A production server with DATABASE_URL needs a fixed secret shared by " +
        "every instance: generate one with `openssl rand -base64 32` and set BETTER_AUTH_SECRET.",
    );
  }
  return readOrCreateLocalSecret(path.join(dataDir, "auth-secret"), () => randomBytes(32).toString("base64url"));
}

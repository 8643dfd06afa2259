// The session-signing secret: BETTER_AUTH_SECRET, or one generated once and kept in .data/auth-secret
// for development and embedded (PGlite) installs, so restarts keep everybody signed in.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
  return readOrCreateSecretFile(path.join(dataDir, "auth-secret"));
}

function readOrCreateSecretFile(file: string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process created it first: use theirs so both agree.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
}

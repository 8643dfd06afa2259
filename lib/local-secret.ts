// A secret generated once into a file under `.data/` for development and embedded (PGlite) installs —
// the session-signing secret, the personal-data keys — so restarts (and several processes started at
// once) agree on it. Servers in production set theirs in the environment instead.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The file's trimmed contents, or `generate()` written to it (mode 600) when it is missing or empty. */
export function readOrCreateLocalSecret(file: string, generate: () => string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = generate();
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process created it first: use theirs so both agree.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
}

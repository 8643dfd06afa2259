import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "@/lib/auth/secret";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "chub-secret-"));

describe("auth secret", () => {
  it("uses BETTER_AUTH_SECRET when set", () => {
    expect(
      resolveAuthSecret({ BETTER_AUTH_SECRET: "from-env", NODE_ENV: "production", DATABASE_URL: "x" }, tempDir()),
    ).toBe("from-env");
  });

  it("generates one secret once and keeps it in a private file", () => {
    const dir = path.join(tempDir(), "nested");
    const first = resolveAuthSecret({ NODE_ENV: "development" }, dir);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(resolveAuthSecret({ NODE_ENV: "development" }, dir)).toBe(first);
    const file = path.join(dir, "auth-secret");
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("also generates one for embedded production installs (no DATABASE_URL)", () => {
    expect(resolveAuthSecret({ NODE_ENV: "production" }, tempDir())).toMatch(/^[\w-]{40,}$/);
  });

  it("refuses to start a production server with DATABASE_URL and no secret", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production", DATABASE_URL: "postgres://db/app" }, tempDir())).toThrow(
      /BETTER_AUTH_SECRET is not set/,
    );
  });
});

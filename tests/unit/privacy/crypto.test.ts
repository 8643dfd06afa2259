// Field encryption: the PII_KEYS format, start-up refusal in production, round trip, key ids, tampering.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPii, parsePiiKeys, PiiDecryptError, resolvePiiKeys, sealedKeyId, sealPii } from "@/lib/privacy/crypto";

const key = () => randomBytes(32).toString("base64");
const tempDir = () => mkdtempSync(path.join(tmpdir(), "chub-pii-"));
const LABEL = "customer.tax_id";

describe("PII_KEYS", () => {
  it("reads keyId:base64key entries, the first one active", () => {
    const keyring = parsePiiKeys(` new:${key()} , old:${key()}`);
    expect(keyring.active.id).toBe("new");
    expect([...keyring.byId.keys()]).toEqual(["new", "old"]);
  });

  it.each([
    ["", /PII_KEYS is empty/],
    [key(), /entry 1 needs the form keyId:base64key/],
    [`k1:${randomBytes(16).toString("base64")}`, /key "k1" is 16 bytes; AES-256 needs 32/],
    [`k1:${key()},k1:${key()}`, /names key "k1" twice/],
    [`bad id:${key()}`, /entry 1 needs the form/],
  ])("refuses %j with a message saying what is wrong", (value, message) => {
    expect(() => parsePiiKeys(value)).toThrow(message);
  });

  it("refuses to start a production server with DATABASE_URL and no PII_KEYS", () => {
    expect(() => resolvePiiKeys({ NODE_ENV: "production", DATABASE_URL: "postgres://x" }, tempDir())).toThrow(
      /PII_KEYS is not set\. A production server with DATABASE_URL/,
    );
  });

  it("uses PII_KEYS when set, in production too", () => {
    const value = `prod:${key()}`;
    expect(resolvePiiKeys({ PII_KEYS: value, NODE_ENV: "production", DATABASE_URL: "x" }, tempDir())).toBe(value);
  });

  it("generates a key once into a private .data file for development and embedded installs", () => {
    const dir = path.join(tempDir(), "nested");
    const first = resolvePiiKeys({ NODE_ENV: "production" }, dir);
    expect(parsePiiKeys(first).active.id).toMatch(/^local-[0-9a-f]{8}$/);
    expect(resolvePiiKeys({ NODE_ENV: "development", DATABASE_URL: "x" }, dir)).toBe(first);
    const file = path.join(dir, "pii-keys");
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe("sealPii / openPii", () => {
  const keyring = parsePiiKeys(`k2:${key()},k1:${key()}`);

  it("round-trips text under the active key, naming it, with a fresh IV each time", () => {
    const a = sealPii("DE 123 456 789 ü", LABEL, keyring);
    const b = sealPii("DE 123 456 789 ü", LABEL, keyring);
    expect(a).toMatch(/^v1:k2:[\w-]{16}:[\w-]{22,}$/);
    expect(a).not.toBe(b);
    expect(sealedKeyId(a)).toBe("k2");
    expect(openPii(a, LABEL, keyring)).toBe("DE 123 456 789 ü");
    expect(openPii("", LABEL, keyring)).toBe("");
  });

  it("opens values under an older key that PII_KEYS still holds", () => {
    const old = parsePiiKeys(`k1:${Buffer.from(keyring.byId.get("k1")!.key).toString("base64")}`);
    expect(openPii(sealPii("older", LABEL, old), LABEL, keyring)).toBe("older");
  });

  it("returns text written before encryption as is", () => {
    expect(openPii("DE123", LABEL, keyring)).toBe("DE123");
    expect(sealedKeyId("DE123")).toBeNull();
  });

  it("fails clearly on an altered value, a value moved to another column, or a key no longer held", () => {
    const sealed = sealPii("secret", LABEL, keyring);
    const body = sealed.split(":")[3]!;
    const flipped = `${sealed.slice(0, -body.length)}${body[0] === "A" ? "B" : "A"}${body.slice(1)}`;
    const failure = (value: string, label = LABEL, ring = keyring) => {
      try {
        openPii(value, label, ring);
      } catch (error) {
        return error;
      }
      throw new Error("expected a PiiDecryptError");
    };
    expect(failure(flipped)).toMatchObject({
      name: "PiiDecryptError",
      reason: "tampered",
      message: 'customer.tax_id failed its integrity check under key "k2": the stored value was altered or truncated.',
    });
    expect(failure(sealed, "customer.internal_notes")).toBeInstanceOf(PiiDecryptError);
    expect(failure(sealed, LABEL, parsePiiKeys(`k3:${key()}`))).toMatchObject({
      reason: "unknown-key",
      message: expect.stringContaining('encrypted under key "k2", which PII_KEYS does not hold'),
    });
  });
});

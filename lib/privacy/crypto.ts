// Field encryption of personal data at rest: AES-256-GCM (node:crypto) under keys from PII_KEYS, each
// stored value naming its key (`v1:<keyId>:<iv>:<ciphertext+tag>`, base64url) so keys can rotate.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { readOrCreateLocalSecret } from "@/lib/local-secret";
import path from "node:path";
import { isSealed, SEALED_FORMAT } from "@/lib/privacy/sealed-format";

interface PiiKey {
  id: string;
  key: Buffer;
}

export interface PiiKeyring {
  /** Encrypts every new value: the first key of PII_KEYS. */
  active: PiiKey;
  /** Every key that still decrypts, the active one included. */
  byId: ReadonlyMap<string, PiiKey>;
}

interface PiiEnv {
  PII_KEYS?: string;
  DATABASE_URL?: string;
  NODE_ENV?: string;
}

const VERSION = "v1";
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class PiiKeyError extends Error {
  override name = "PiiKeyError";
}

/** A stored value that does not decrypt: altered, truncated, or under a key PII_KEYS no longer holds. */
export class PiiDecryptError extends Error {
  override name = "PiiDecryptError";
  constructor(
    message: string,
    readonly reason: "unknown-key" | "tampered",
  ) {
    super(message);
  }
}

/** Reads `keyId:base64key,keyId:base64key` (active first); every problem is a PiiKeyError naming the entry. */
export function parsePiiKeys(value: string): PiiKeyring {
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new PiiKeyError("PII_KEYS is empty: set it to `keyId:base64key` (32-byte key).");
  const byId = new Map<string, PiiKey>();
  for (const [index, entry] of entries.entries()) {
    const colon = entry.indexOf(":");
    const id = colon > 0 ? entry.slice(0, colon) : "";
    if (!KEY_ID.test(id))
      throw new PiiKeyError(
        `PII_KEYS entry ${index + 1} needs the form keyId:base64key, with a key id of letters, digits, - or _ (at most 32).`,
      );
    const key = Buffer.from(entry.slice(colon + 1), "base64");
    if (key.length !== 32)
      throw new PiiKeyError(
        `PII_KEYS key "${id}" is ${key.length} bytes; AES-256 needs 32 (generate one with \`openssl rand -base64 32\`).`,
      );
    if (byId.has(id)) throw new PiiKeyError(`PII_KEYS names key "${id}" twice.`);
    byId.set(id, { id, key });
  }
  return { active: byId.values().next().value!, byId };
}

/**
 * The PII_KEYS value to use: the environment's, or — for development, tests and embedded (PGlite)
 * installs — one generated once into `.data/pii-keys`, as the auth secret is. A production server with
 * DATABASE_URL and no PII_KEYS is refused: its instances must share keys that outlive any one disk.
 */
export function resolvePiiKeys(env: PiiEnv = process.env, dataDir = path.join(process.cwd(), ".data")): string {
  const configured = env.PII_KEYS?.trim();
  if (configured) return configured;
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new PiiKeyError(
      "PII_KEYS is not set. A production server with DATABASE_URL encrypts tax ids, dates of birth and internal " +
        "notes with keys every instance shares: set PII_KEYS=<keyId>:<base64 32-byte key> " +
        "(e.g. `k1:$(openssl rand -base64 32)`), and keep it safe — without it the data cannot be read.",
    );
  }
  return readOrCreateLocalSecret(
    path.join(dataDir, "pii-keys"),
    () => `local-${randomBytes(4).toString("hex")}:${randomBytes(32).toString("base64")}`,
  );
}

let cached: { env: string | undefined; keyring: PiiKeyring } | undefined;

/**
 * The keyring of the current PII_KEYS, parsed once per value of the variable (tests and the rotate
 * script change it); the generated key file is read once per process, not once per value.
 */
export function piiKeyring(): PiiKeyring {
  const env = process.env.PII_KEYS?.trim() || undefined;
  if (!cached || cached.env !== env) cached = { env, keyring: parsePiiKeys(resolvePiiKeys()) };
  return cached.keyring;
}

/** The key id a stored value is encrypted under; null for plaintext. */
export function sealedKeyId(value: string): string | null {
  return SEALED_FORMAT.exec(value)?.[1] ?? null;
}

/**
 * Encrypts `plain` under the active key. `label` (e.g. "customer.tax_id") is bound in as associated
 * data, so a value moved to another column no longer decrypts.
 */
export function sealPii(plain: string, label: string, keyring: PiiKeyring = piiKeyring()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyring.active.key, iv);
  cipher.setAAD(Buffer.from(label));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}:${keyring.active.id}:${iv.toString("base64url")}:${body.toString("base64url")}`;
}

/**
 * The plaintext of a stored value. A value not in the encrypted form is plaintext written before
 * encryption (until `npm run pii:rotate` encrypts it) and returned as is; one that is but does not
 * decrypt is a PiiDecryptError.
 */
export function openPii(stored: string, label: string, keyring: PiiKeyring = piiKeyring()): string {
  const match = SEALED_FORMAT.exec(stored);
  if (!match) return stored;
  const [, keyId, iv, body] = match as unknown as [string, string, string, string];
  const key = keyring.byId.get(keyId);
  if (!key)
    throw new PiiDecryptError(
      `${label} is encrypted under key "${keyId}", which PII_KEYS does not hold: add that key back (after the active one).`,
      "unknown-key",
    );
  const bytes = Buffer.from(body, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(label));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    throw new PiiDecryptError(
      `${label} failed its integrity check under key "${keyId}": the stored value was altered or truncated.`,
      "tampered",
    );
  }
}

/** A value for writing: plaintext is encrypted; a value already encrypted (copied from a row or snapshot) is kept. */
export function sealForWrite<T extends string | null | undefined>(value: T, label: string): T | string {
  if (typeof value !== "string" || isSealed(value)) return value;
  return sealPii(value, label);
}

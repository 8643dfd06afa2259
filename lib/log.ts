// The one structured logger (pino, JSON lines on stdout): every line carries the request id of the
// request it belongs to (kept in AsyncLocalStorage by lib/api/handler.ts, proxy.ts → lib/safe-action.ts),
// and nothing personal reaches it. Fields named like personal data or secrets (emails, phones, names,
// addresses, tax ids, notes, cookies, API keys, authorization headers) are replaced wherever they are
// nested, and emails, phone numbers and API keys are masked inside any text (error messages, stacks,
// database errors that quote a duplicate key's value).
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";

const REDACTED = "[redacted]";

/** Field names (compared case-insensitively, without `-` and `_`) whose values are never logged. */
const PERSONAL_FIELDS = new Set(
  [
    "email",
    "emails",
    "phone",
    "phones",
    "mobile",
    "secondaryPhone",
    "fax",
    "name",
    "firstName",
    "lastName",
    "displayName",
    "fullName",
    "contactName",
    "address",
    "addressLine1",
    "addressLine2",
    "street",
    "postalCode",
    "zip",
    "city",
    "taxId",
    "vatId",
    "dateOfBirth",
    "birthDate",
    "notes",
    "internalNotes",
    "password",
    "secret",
    "token",
    "apiKey",
    "key",
    "authorization",
    "cookie",
    "setCookie",
    "xApiKey",
  ].map((field) => field.toLowerCase()),
);

const isPersonalField = (key: string) => PERSONAL_FIELDS.has(key.replace(/[-_]/g, "").toLowerCase());

/** Ids (`requestId`, `jobId`, `id`) are not personal and are kept as they are. */
const isIdField = (key: string) => /(^|[a-z])Id$|^id$/.test(key);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Seven or more digits, possibly with a leading +, spaces, dots, dashes or brackets between them, not
// inside a word (a UUID's digit-only group, an ISO timestamp).
const PHONE = /(?<![\w-])\+?\(?\d(?:[\s().-]*\d){6,}(?!\w)/g;
const API_KEY = /\bchub_[A-Za-z0-9_-]+/g;
const BEARER = /\bBearer\s+\S+/gi;

/** `text` with emails, phone-like digit runs, API keys and bearer tokens masked. */
export function scrubText(text: string): string {
  return text
    .replace(BEARER, `Bearer ${REDACTED}`)
    .replace(API_KEY, REDACTED)
    .replace(EMAIL, REDACTED)
    .replace(PHONE, REDACTED);
}

/** A copy of `value` with personal fields replaced and every string scrubbed (cycles and depth bounded). */
function scrubValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return scrubText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > 8 || seen.has(value)) return "[…]";
  seen.add(value);
  if (value instanceof Error) return scrubError(value, depth, seen);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1, seen));
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Headers) return scrubValue(Object.fromEntries(value.entries()), depth, seen);
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      isPersonalField(key) ? REDACTED : isIdField(key) ? item : scrubValue(item, depth + 1, seen),
    ]),
  );
}

function scrubError(error: Error, depth = 0, seen = new WeakSet<object>()) {
  return {
    type: error.name,
    message: scrubText(error.message),
    ...(error.stack ? { stack: scrubText(error.stack) } : {}),
    ...("code" in error && typeof error.code === "string" ? { code: error.code } : {}),
    ...(error.cause !== undefined ? { cause: scrubValue(error.cause, depth + 1, seen) } : {}),
  };
}

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** A fresh request id (UUID). Ids are made here, never taken from a request's headers. */
export const newRequestId = (): string => randomUUID();

/** Runs `work` with `requestId` on every line it logs. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

/** The id of the request being served, if any. */
export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId;

function defaultLevel(): string {
  if (process.env.LOG_LEVEL) return process.env.LOG_LEVEL;
  return process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info";
}

/** A logger writing to `destination` (stdout by default); tests pass their own stream. */
export function createLogger(destination?: DestinationStream, level = defaultLevel()): Logger {
  return pino(
    {
      level,
      base: undefined,
      messageKey: "msg",
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrubValue(object) as Record<string, unknown>,
      },
      serializers: { err: (error: unknown) => (error instanceof Error ? scrubError(error) : scrubValue(error)) },
      hooks: {
        // The message text too: `logger.error("failed for ana@example.com")`.
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg)) as typeof args);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

const globalForLog = globalThis as typeof globalThis & { __customerHubLogger?: Logger };

/** The app's logger. */
export function log(): Logger {
  globalForLog.__customerHubLogger ??= createLogger();
  return globalForLog.__customerHubLogger;
}

/** Replaces the app's logger (tests capture its output this way); returns the previous one. */
export function setLogger(logger: Logger): Logger | undefined {
  const previous = globalForLog.__customerHubLogger;
  globalForLog.__customerHubLogger = logger;
  return previous;
}

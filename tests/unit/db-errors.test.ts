// isTransientDbError over the error shapes both drivers produce (captured from Prisma 7.10 with
// adapter-pg on PostgreSQL 15 and with pglite-prisma-adapter): retry lost connections, serialization
// failures, deadlocks and lock timeouts; never constraint violations, bad input or application errors.
// tests/integration/jobs/transient-errors.test.ts produces the same errors live on the configured database.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db";
import { describeTransientDbError, isTransientDbError } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";

type Cause = Record<string, unknown>;
const known = (code: string, cause?: Cause, message = "Invalid invocation") =>
  new Prisma.PrismaClientKnownRequestError(message, {
    code,
    clientVersion: "7.10.1",
    meta: cause
      ? { driverAdapterError: Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause }) }
      : undefined,
  });
const postgres = (sqlstate: string, message: string, severity = "ERROR"): Cause => ({
  originalCode: sqlstate,
  originalMessage: message,
  kind: "postgres",
  code: sqlstate,
  severity,
  message,
});
const writeConflict = (sqlstate: string): Cause => ({
  originalCode: sqlstate,
  originalMessage: "boom",
  kind: "TransactionWriteConflict",
});
/** node-postgres errors that carry no SQLSTATE (the socket went away). */
const plain = (message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), extra);

const transient: [string, unknown, string][] = [
  // adapter-pg (node-postgres)
  [
    "pg: terminated while a model query ran (P2039, FATAL 57P01)",
    known("P2039", postgres("57P01", "terminating connection due to administrator command", "FATAL")),
    "connection",
  ],
  [
    "pg: terminated while a raw query ran (P2010)",
    known("P2010", postgres("57P01", "terminating connection due to administrator command", "FATAL")),
    "connection",
  ],
  ["pg: serialization failure on a model write (P2034)", known("P2034", writeConflict("40001")), "conflict"],
  ["pg: deadlock in a raw query (P2010)", known("P2010", writeConflict("40P01")), "conflict"],
  [
    "pg: lock timeout (P2039, 55P03)",
    known("P2039", postgres("55P03", "canceling statement due to lock timeout")),
    "lock",
  ],
  ["pg: connection failure 08006", known("P2039", postgres("08006", "connection failure")), "connection"],
  [
    "pg: crash shutdown 57P02",
    known("P2010", postgres("57P02", "terminating connection because of crash of another server process", "FATAL")),
    "connection",
  ],
  [
    "pg: server starting up 57P03",
    known("P2039", postgres("57P03", "the database system is starting up", "FATAL")),
    "connection",
  ],
  [
    "pg: too many connections",
    known("P2037", { originalCode: "53300", kind: "TooManyConnections", cause: "sorry, too many clients already" }),
    "connection",
  ],
  [
    "pg: server unreachable (P1001)",
    known("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }),
    "connection",
  ],
  [
    "pg: unreachable in a raw query (P2010, code N/A)",
    known("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }),
    "connection",
  ],
  ["pg: socket reset", known("P1017", { kind: "ConnectionClosed" }), "connection"],
  ["pg: pool timeout (P2024)", known("P2024"), "connection"],
  [
    "pg: inside a transaction after the backend died",
    plain("Client has encountered a connection error and is not queryable"),
    "connection",
  ],
  ["pg: socket closed without a message", plain("Connection terminated unexpectedly"), "connection"],
  ["pg: raw ECONNRESET", plain("read ECONNRESET", { code: "ECONNRESET", errno: -104, syscall: "read" }), "connection"],
  [
    "pg: raw DatabaseError 40001",
    Object.assign(plain("could not serialize access"), { code: "40001", severity: "ERROR" }),
    "conflict",
  ],
  ["wrapped in a cause", plain("batch failed", { cause: known("P2034", writeConflict("40001")) }), "conflict"],
  [
    "P2028 after the connection dropped",
    known("P2028", undefined, "Transaction API error: Connection terminated unexpectedly"),
    "connection",
  ],
  // pglite-prisma-adapter: 40P01 is not mapped to a write conflict, only its SQLSTATE tells
  ["pglite: deadlock on a model write (P2039, 40P01)", known("P2039", postgres("40P01", "boom")), "conflict"],
  ["pglite: serialization failure (P2034)", known("P2034", writeConflict("40001")), "conflict"],
  ["pglite: lock timeout raw (P2010, 55P03)", known("P2010", postgres("55P03", "boom")), "lock"],
];

const permanent: [string, unknown][] = [
  [
    "unique violation (P2002)",
    known("P2002", { originalCode: "23505", kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } }),
  ],
  ["NUL byte in text (22021)", known("P2039", postgres("22021", 'invalid byte sequence for encoding "UTF8": 0x00'))],
  ["check violation (23514)", known("P2010", postgres("23514", "injected fault"))],
  [
    "statement timeout (57014) is not retried: the same work would time out again",
    known("P2039", postgres("57014", "canceling statement due to statement timeout")),
  ],
  [
    "transaction expired (P2028)",
    known("P2028", undefined, "Transaction already closed: A commit cannot be executed on an expired transaction."),
  ],
  ["an application error", new AppError("VALIDATION", "The file has no rows.")],
  ["a plain bug", new TypeError("Cannot read properties of undefined")],
  ["not an error", "Connection terminated"],
  ["null", null],
];

describe("isTransientDbError", () => {
  it.each(transient)("retries %s", (_label, error, kind) => {
    expect(isTransientDbError(error)).toBe(true);
    expect(describeTransientDbError(error)).toMatch(
      kind === "lock" ? /lock wait/ : kind === "conflict" ? /write conflict/ : /connection was lost/,
    );
  });

  it.each(permanent)("does not retry %s", (_label, error) => {
    expect(isTransientDbError(error)).toBe(false);
    expect(describeTransientDbError(error)).toBeNull();
  });
});

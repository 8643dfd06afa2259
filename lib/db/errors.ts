// Which database errors are passing trouble worth another try — a lost connection, a serialization
// failure, a deadlock, a lock timeout — read the same way from node-postgres (through Prisma's
// adapter-pg) and PGlite. Background jobs retry these from their last checkpoint (lib/jobs/runner.ts).

type TransientDbErrorKind = "connection" | "conflict" | "lockTimeout";

/** SQLSTATEs: class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now), 53300. */
const sqlStates: Record<string, TransientDbErrorKind> = {
  "08000": "connection",
  "08001": "connection",
  "08003": "connection",
  "08004": "connection",
  "08006": "connection",
  "57P01": "connection",
  "57P02": "connection",
  "57P03": "connection",
  "53300": "connection",
  "40001": "conflict",
  "40P01": "conflict",
  "55P03": "lockTimeout",
};

/** Prisma error codes: P1001/P1002 server unreachable, P1017 server closed the connection, P2024 pool timeout, P2034 write conflict or deadlock. */
const prismaCodes: Record<string, TransientDbErrorKind> = {
  P1001: "connection",
  P1002: "connection",
  P1017: "connection",
  P2024: "connection",
  P2034: "conflict",
};

/** `kind` of a driver adapter error (`meta.driverAdapterError.cause.kind`). */
const adapterKinds: Record<string, TransientDbErrorKind> = {
  ConnectionClosed: "connection",
  DatabaseNotReachable: "connection",
  SocketTimeout: "connection",
  TooManyConnections: "connection",
  TransactionWriteConflict: "conflict",
};

const socketCodes = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/** node-postgres messages for a connection that died (they carry no code). */
const connectionMessages = [
  /Connection terminated/i,
  /is not queryable/i,
  /terminating connection due to/i,
  /server closed the connection unexpectedly/i,
  /Can't reach database server/i,
  /Timed out fetching a new connection/i,
];

const labels: Record<TransientDbErrorKind, string> = {
  connection: "the database connection was lost",
  conflict: "a database write conflict (serialization failure or deadlock)",
  lockTimeout: "a database lock wait timed out",
};

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function classifyOne(error: unknown): TransientDbErrorKind | null {
  const code = str(field(error, "code"));
  if (code && sqlStates[code]) return sqlStates[code];
  if (code && prismaCodes[code]) return prismaCodes[code];
  if (code && socketCodes.has(code)) return "connection";
  const cause = field(field(field(error, "meta"), "driverAdapterError"), "cause");
  const original = str(field(cause, "originalCode")) ?? str(field(cause, "code"));
  if (original && sqlStates[original]) return sqlStates[original];
  const kind = str(field(cause, "kind"));
  if (kind && adapterKinds[kind]) return adapterKinds[kind];
  const message = str(field(error, "message")) ?? "";
  // P2028 (transaction API error) counts only when the connection under the transaction went away.
  if ((!code || code === "P2028") && connectionMessages.some((pattern) => pattern.test(message))) return "connection";
  return null;
}

/** What kind of passing trouble this error is, or null when retrying would not help. Follows `cause` chains. */
function transientDbErrorKind(error: unknown): TransientDbErrorKind | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const kind = classifyOne(current);
    if (kind) return kind;
    current = field(current, "cause");
  }
  return null;
}

/** Whether another try could succeed: the connection was lost, or the transaction lost a race. */
export function isTransientDbError(error: unknown): boolean {
  return transientDbErrorKind(error) !== null;
}

/** A short reason for people ("the database connection was lost"), or null for other errors. */
export function describeTransientDbError(error: unknown): string | null {
  const kind = transientDbErrorKind(error);
  return kind ? labels[kind] : null;
}

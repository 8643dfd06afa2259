// Reading database errors the same way from node-postgres (through Prisma's adapter-pg) and PGlite:
// unique and reference violations, and passing trouble worth another try — a lost connection, a
// serialization failure, a deadlock, a lock timeout — which background jobs retry from their last
// checkpoint (lib/jobs/runner.ts).

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

/** The driver adapter's report of a failed statement (`meta.driverAdapterError.cause`). */
const adapterCause = (error: unknown) => field(field(field(error, "meta"), "driverAdapterError"), "cause");

/**
 * Whether a statement broke a unique index, however it is reported: P2002 from a model query, or
 * SQLSTATE 23505 from a raw one (in the adapter's cause, `meta.code` or only the message).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = field(error, "code");
  if (code === "P2002" || field(field(error, "meta"), "code") === "23505") return true;
  const cause = adapterCause(error);
  if (field(cause, "originalCode") === "23505" || field(cause, "kind") === "UniqueConstraintViolation") return true;
  const message = error instanceof Error ? error.message : String(error);
  return /\b23505\b|duplicate key value violates unique constraint/i.test(message);
}

/**
 * What a unique violation reports about its index: the columns (`meta.target`, or with driver
 * adapters `cause.constraint.fields` from PGlite) and the index name (`cause.constraint.index` from
 * node-postgres, or a string `target`).
 */
function reportedNames(error: unknown): string[] {
  const constraint = field(adapterCause(error), "constraint");
  return [field(field(error, "meta"), "target"), field(constraint, "fields"), field(constraint, "index")]
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === "string");
}

const squash = (name: string) => name.replace(/_/g, "").toLowerCase();

/**
 * Whether `error` is a unique violation of an index on `field` (a model field such as "accountNumber"),
 * matched against the reported columns or the index name (`customer_organization_id_account_number_key`).
 */
export function isUniqueViolationOn(error: unknown, field: string): boolean {
  return isUniqueViolation(error) && reportedNames(error).some((name) => squash(name).includes(squash(field)));
}

const toCamelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The model fields of a unique violation's index, for naming the offending form field: the columns
 * when reported, else read from a node-postgres index name `<table>_<columns>_key`. The organization
 * column every tenant-scoped index starts with is left out.
 */
export function uniqueViolationFields(error: unknown): string[] {
  const cause = adapterCause(error);
  const listed = field(field(error, "meta"), "target") ?? field(field(cause, "constraint"), "fields");
  const index = field(field(cause, "constraint"), "index");
  const table = field(cause, "table");
  let columns: string[] = [];
  if (Array.isArray(listed)) columns = listed.map(String);
  else if (typeof listed === "string") columns = [listed];
  else if (typeof index === "string" && typeof table === "string") {
    const name = index.replace(/_key$/, "");
    if (name.startsWith(`${table}_`)) columns = [name.slice(table.length + 1).replace(/^organization(Id|_id)_/, "")];
  }
  return columns.map(toCamelCase).filter((name) => name !== "organizationId");
}

/**
 * Whether a delete failed because rows still reference the record: P2003 (SQLSTATE 23503), or
 * 23001 restrict_violation, which PostgreSQL 18 (PGlite) raises for ON DELETE RESTRICT and
 * Prisma reports under another code.
 */
export function isReferenceViolation(error: unknown): boolean {
  const code = field(adapterCause(error), "originalCode");
  return field(error, "code") === "P2003" || code === "23503" || code === "23001";
}

import "server-only";
// Gives committed events their place in the organization's stream. Why not a plain sequence filled in at
// INSERT: transactions commit in any order, so a reader that saw position 11 may later find 10 committed
// by a slower transaction, and resuming after 11 would skip it for good. Instead events are written with
// no position, and one sequencer per organization at a time (a transaction-scoped advisory lock) numbers
// the committed ones that have none, continuing from the highest number given: it only sees committed
// rows, and the next sequencer starts only after this one's numbers are visible, so positions appear in
// increasing order and nothing is ever numbered below what a reader has already read. An event written
// by a transaction still open is numbered by a later run, after everything numbered before it — the
// stream is in the order events became visible. A long transaction delays only its own events; no
// other organization's or writer's. Plain SQL: the same on PostgreSQL and PGlite.
import { db } from "@/lib/db";

/** Numbered per run at most (a backlog after a large import is numbered over several reads). */
const SEQUENCE_BATCH = 10_000;

/** Numbers the organization's committed, unnumbered events; returns how many. Every reader runs it first. */
export async function sequenceEvents(orgId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`customer_hub.event:${orgId}`}, 0))`;
    return tx.$executeRaw`
      WITH pending AS (
        SELECT id, row_number() OVER (ORDER BY seq) AS n
        FROM (
          SELECT id, seq FROM "event" WHERE organization_id = ${orgId} AND position IS NULL
          ORDER BY seq LIMIT ${SEQUENCE_BATCH}
        ) waiting
      ), last AS (
        SELECT coalesce(max(position), 0) AS position FROM "event" WHERE organization_id = ${orgId}
      )
      UPDATE "event" e SET position = last.position + pending.n
      FROM pending, last
      WHERE e.id = pending.id`;
  });
}

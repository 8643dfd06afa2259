// How far the read replica (DATABASE_READ_URL) has replayed the primary's write-ahead log, and whether it may
// serve a read: it must answer, be at most DATABASE_READ_MAX_LAG_MS behind, and have replayed the caller's last
// write (a WAL position, lib/db/read-after-write.ts). Checked at most once a second per process, two one-row
// queries; a read that needs a newer position than the last check saw asks the replica once more.
import type pg from "pg";
import { log } from "@/lib/log";

/** A position in the write-ahead log (PostgreSQL's `pg_lsn`, "16/B374D848") as a number. */
export type Lsn = bigint;

export function parseLsn(text: string): Lsn {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text);
  if (!match) throw new Error(`Not a WAL position: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

interface Sample {
  lsn: Lsn;
  at: number;
}

const CHECK_EVERY_MS = 1000;

/** Why the replica serves no reads: it does not answer, has no position, is too far behind, or a read on it failed. */
type Why = "down" | "position" | "lag" | "failed";
const SAMPLES_KEPT_MS = 60_000;

/**
 * How long ago the primary was where the replica is now: the age of the oldest primary sample the replica has
 * not reached (samples are in time order), 0 when it has reached them all.
 */
export function replicaLagMs(primarySamples: readonly Sample[], replayed: Lsn, now: number): number {
  const missing = primarySamples.find((sample) => sample.lsn > replayed);
  return missing ? now - missing.at : 0;
}

/** Where a server is: the replayed position on a replica; its own position on a primary (the same cluster). */
const POSITION_SQL = `SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()
                                   ELSE pg_current_wal_insert_lsn() END)::text AS lsn`;

export async function serverPosition(pool: pg.Pool): Promise<Lsn | null> {
  const { rows } = await pool.query<{ lsn: string | null }>(POSITION_SQL);
  return rows[0]?.lsn ? parseLsn(rows[0].lsn) : null;
}

export class ReplicaPosition {
  private samples: Sample[] = [];
  private replayed: Lsn = -1n;
  private checkedAt = 0;
  private usable = false;
  private why: Why | null = null;
  private checking: Promise<void> | null = null;
  private asking: Promise<void> | null = null;

  constructor(
    private readonly primary: pg.Pool,
    private readonly replica: pg.Pool,
    private readonly maxLagMs: number,
  ) {}

  /** Whether the replica may serve a read that must see the write at `after` (null: any write). */
  async serves(after: Lsn | null): Promise<boolean> {
    if (Date.now() - this.checkedAt >= CHECK_EVERY_MS) await (this.checking ??= this.check());
    if (!this.usable) return false;
    if (after === null || this.replayed >= after) return true;
    // Behind the caller's write at the last look: look again (shared by the reads waiting on it).
    await (this.asking ??= this.askReplica());
    return this.usable && this.replayed >= after;
  }

  /** A read on the replica failed to connect or was cancelled by replay: use the primary until the next check. */
  failed(error: unknown): void {
    this.setUsable(false, "failed", `a read failed (${error instanceof Error ? error.message : String(error)})`);
    this.checkedAt = Date.now();
  }

  private async check(): Promise<void> {
    try {
      const now = Date.now();
      const [primaryAt, replicaAt] = await Promise.all([serverPosition(this.primary), serverPosition(this.replica)]);
      if (primaryAt !== null) this.samples.push({ lsn: primaryAt, at: now });
      this.samples = this.samples.filter((sample) => now - sample.at <= SAMPLES_KEPT_MS);
      if (replicaAt === null) return this.setUsable(false, "position", "it reports no replayed position");
      this.replayed = replicaAt;
      const lag = replicaLagMs(this.samples, replicaAt, now);
      if (lag > this.maxLagMs) this.setUsable(false, "lag", `it is ${Math.round(lag / 1000)} s behind the primary`);
      else this.setUsable(true, null, "");
    } catch (error) {
      this.setUsable(false, "down", `it does not answer (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      this.checkedAt = Date.now();
      this.checking = null;
    }
  }

  private async askReplica(): Promise<void> {
    try {
      this.replayed = (await serverPosition(this.replica)) ?? this.replayed;
    } catch (error) {
      this.failed(error);
    } finally {
      this.asking = null;
    }
  }

  /** Logs each change between usable and not, or of the reason it is not (not every check). */
  private setUsable(usable: boolean, why: Why | null, reason: string): void {
    if (usable !== this.usable || why !== this.why) {
      if (usable) log().info("db.replica: list, detail and search reads go to the read replica");
      else log().warn({ reason }, `db.replica: reads go to the primary: ${reason}`);
    }
    this.usable = usable;
    this.why = why;
  }
}

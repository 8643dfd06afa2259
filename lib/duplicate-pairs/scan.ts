import "server-only";
// The `duplicate_scan` job: finds the organization's possible duplicates set-based in SQL, one step per
// key (each step's matches and its checkpoint commit together, so a resumed scan goes on from the next
// step), then replaces the organization's pairs in one transaction. Exact keys pair the customers that
// share a value; names are compared by trigram similarity within the same postal code or city (below).
import { db, Prisma, type Tx } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/types";
import { exactKeyRows, nameKeyRows } from "@/lib/duplicate-pairs/keys";
import {
  MAX_PAIRS,
  MAX_SHARED_KEY_GROUP,
  MIN_PAIR_SCORE,
  NAME_SIMILARITY_THRESHOLD,
  reasonWeights,
  type ReasonCode,
} from "@/lib/duplicate-pairs/rules";
import type { ScanCheckpoint, ScanParams } from "@/lib/duplicate-pairs/schemas";

type Step = (tx: Tx, orgId: string, jobId: string) => Promise<number>;

/** Pairs of the customers sharing one value of an exact key (values shared by too many are skipped). */
function exactStep(code: Exclude<ReasonCode, "name">): Step {
  return (tx, orgId, jobId) => tx.$executeRaw`
    INSERT INTO duplicate_candidate (organization_id, job_id, customer_a_id, customer_b_id, code, value)
    WITH keyed AS (${exactKeyRows(code, orgId)}),
    shared AS (
      SELECT value, array_agg(DISTINCT customer_id) AS ids FROM keyed WHERE value IS NOT NULL AND value <> ''
      GROUP BY value HAVING count(DISTINCT customer_id) BETWEEN 2 AND ${MAX_SHARED_KEY_GROUP}
    )
    SELECT ${orgId}, ${jobId}::uuid, a, b, ${code}, s.value
    FROM shared s, unnest(s.ids) AS a, unnest(s.ids) AS b WHERE a < b`;
}

/** Each name key is compared with this many neighbours on either ordering of its block (below). */
const NAME_WINDOW = 5;

/**
 * Similar names in one block (same country and postal code, or same country and city), by sorted
 * neighbourhood: the block's distinct name keys are ordered by the key and by the key reversed, and
 * each is compared (pg_trgm similarity) with its next NAME_WINDOW keys in either order — so a name
 * with a typo, a missing word or another suffix meets its twin whichever end of it differs — and
 * equal keys in one block always pair. That is O(n log n) sorts and a fixed number of comparisons
 * per customer: a trigram-index self-join (`a.name_key % b.name_key`) measured ~3 ms per probe, far
 * too slow for 100,000 customers (see scripts/bench-duplicates.ts).
 */
const nameStep: Step = (tx, orgId, jobId) => {
  const t = NAME_SIMILARITY_THRESHOLD;
  const neighbours = Prisma.raw(
    Array.from({ length: NAME_WINDOW }, (_, i) => `lead(name_key, ${i + 1}) OVER w`).join(", "),
  );
  return tx.$executeRaw`
    INSERT INTO duplicate_candidate (organization_id, job_id, customer_a_id, customer_b_id, code, similarity)
    WITH named AS MATERIALIZED (${nameKeyRows(orgId)}),
    blocked AS MATERIALIZED (
      SELECT id, name_key, city_block AS block FROM named WHERE city_block IS NOT NULL
      UNION ALL
      SELECT id, name_key, postal_block FROM named WHERE postal_block IS NOT NULL
    ),
    keys AS MATERIALIZED (SELECT block, name_key, count(*) AS customers FROM blocked GROUP BY block, name_key),
    ordered AS (
      SELECT block, name_key, 1 AS pass, name_key AS sort_key FROM keys
      UNION ALL
      SELECT block, name_key, 2, reverse(name_key) FROM keys
    ),
    near AS MATERIALIZED (
      SELECT DISTINCT o.block, o.name_key AS k1, n.k2
      FROM (
        SELECT block, name_key, ARRAY[${neighbours}] AS nexts FROM ordered
        WINDOW w AS (PARTITION BY block, pass ORDER BY sort_key, name_key)
      ) o, unnest(o.nexts) AS n(k2)
      WHERE n.k2 IS NOT NULL
    ),
    alike AS MATERIALIZED (
      SELECT block, k1, k2, sim FROM (SELECT block, k1, k2, similarity(k1, k2) AS sim FROM near) s WHERE sim >= ${t}::real
      UNION ALL
      SELECT block, name_key, name_key, 1 FROM keys WHERE customers BETWEEN 2 AND ${MAX_SHARED_KEY_GROUP}
    )
    SELECT ${orgId}, ${jobId}::uuid, least(a.id, b.id), greatest(a.id, b.id), 'name', max(s.sim)
    FROM alike s
    JOIN blocked a ON a.block = s.block AND a.name_key = s.k1
    JOIN blocked b ON b.block = s.block AND b.name_key = s.k2
    WHERE a.id <> b.id
    GROUP BY 3, 4`;
};

const weightSql = Prisma.join(
  Object.entries(reasonWeights).map(([code, weight]) =>
    code === "name"
      ? Prisma.sql`WHEN ${code} THEN ${weight}::numeric * COALESCE(similarity, 0)::numeric`
      : Prisma.sql`WHEN ${code} THEN ${weight}::numeric`,
  ),
  " ",
);

/** Replaces the organization's pairs with this scan's, scored, leaving out dismissed pairs; returns how many. */
const storeStep: Step = async (tx, orgId, jobId) => {
  await tx.$executeRaw`DELETE FROM duplicate_pair WHERE organization_id = ${orgId}`;
  const stored = await tx.$executeRaw`
    INSERT INTO duplicate_pair (organization_id, customer_a_id, customer_b_id, score, reasons, computed_at)
    WITH per_code AS (
      SELECT customer_a_id AS a, customer_b_id AS b, code, max(CASE code ${weightSql} ELSE 0 END) AS points,
        (array_agg(DISTINCT value) FILTER (WHERE value IS NOT NULL))[1:3] AS shared, max(similarity) AS similarity
      FROM duplicate_candidate WHERE job_id = ${jobId}::uuid GROUP BY 1, 2, 3
    ),
    scored AS (
      SELECT a, b, least(100, round(sum(points)))::int AS score,
        jsonb_agg(jsonb_build_object('code', code, 'values', COALESCE(to_jsonb(shared), '[]'::jsonb),
          'similarity', round(similarity::numeric, 2)) ORDER BY points DESC, code) AS reasons
      FROM per_code GROUP BY a, b
    )
    SELECT ${orgId}, s.a, s.b, s.score, s.reasons, now() FROM scored s
    WHERE s.score >= ${MIN_PAIR_SCORE}
      AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal d WHERE d.customer_a_id = s.a AND d.customer_b_id = s.b)
      AND EXISTS (SELECT 1 FROM customer c WHERE c.id = s.a AND c.organization_id = ${orgId})
      AND EXISTS (SELECT 1 FROM customer c WHERE c.id = s.b AND c.organization_id = ${orgId})
    ORDER BY s.score DESC, s.a, s.b
    LIMIT ${MAX_PAIRS}`;
  await tx.$executeRaw`DELETE FROM duplicate_candidate WHERE job_id = ${jobId}::uuid`;
  return stored;
};

/** The scan's steps, in the order of scanStepLabels (the page names the running one). */
const scanSteps: readonly Step[] = [
  exactStep("email"),
  exactStep("phone"),
  exactStep("accountNumber"),
  exactStep("website"),
  exactStep("asset"),
  nameStep,
  storeStep,
];

// A step over 100,000 customers takes seconds; the default 5 s interactive-transaction timeout is too short.
const TX_OPTIONS = { timeout: 10 * 60_000, maxWait: 30_000 };

/** Matches left by scans that no longer run (failed, cancelled, or whose worker died before retrying). */
async function clearAbandonedCandidates(orgId: string) {
  await db.$executeRaw`
    DELETE FROM duplicate_candidate c WHERE c.organization_id = ${orgId}
      AND NOT EXISTS (SELECT 1 FROM job j WHERE j.id = c.job_id AND j.status IN ('queued', 'running'))`;
}

export async function runDuplicateScanJob(jc: JobContext<ScanParams, ScanCheckpoint>): Promise<void> {
  const { ctx, job, progress } = jc;
  if (jc.cursor === null) await clearAbandonedCandidates(ctx.orgId);
  for (let step = jc.cursor?.step ?? 0; step < scanSteps.length; step++) {
    const run = scanSteps[step]!;
    await db.$transaction(async (tx) => {
      const count = await run(tx, ctx.orgId, job.id);
      const last = step === scanSteps.length - 1;
      await progress({ processed: 1, ...(last && { created: count }) }, { step: step + 1 }, tx);
    }, TX_OPTIONS);
  }
}

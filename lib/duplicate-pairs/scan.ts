import "server-only";
// The `duplicate_scan` job: finds the organization's possible duplicates set-based in SQL, one step per
// key (each step's matches and its checkpoint commit together, so a resumed scan goes on from the next
// step), then replaces the organization's pairs in one transaction, with lib/duplicates' reasons and
// scores. Exact keys pair the customers that share a value; names are compared by trigram similarity
// within the same postal code or city, and org-wide when nearly equal (below).
import { db, Prisma, type Tx } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/types";
import { NAME_SIMILARITY, NAME_WEIGHTS, REASON_WEIGHTS } from "@/lib/duplicates/scoring";
import { duplicateCandidateCondition } from "@/lib/duplicates/queries";
import { exactKeyRows, nameBlockRows, type ExactKey } from "@/lib/duplicate-pairs/keys";
import { MAX_PAIRS, MAX_SHARED_KEY_GROUP } from "@/lib/duplicate-pairs/rules";
import type { ScanCheckpoint, ScanParams } from "@/lib/duplicate-pairs/schemas";

type Step = (tx: Tx, orgId: string, jobId: string) => Promise<number>;

/** The reason kind of a shared email or phone: the own one when it is either customer's own, else the contact one. */
const ownOrContact: Partial<Record<ExactKey, [string, string]>> = {
  email: ["email", "contactEmail"],
  phone: ["phone", "contactPhone"],
};

/** Pairs of the customers sharing one value of an exact key (values shared by too many are skipped). */
function exactStep(key: ExactKey): Step {
  const [own, contact] = ownOrContact[key] ?? [key, key];
  return (tx, orgId, jobId) => tx.$executeRaw`
    INSERT INTO duplicate_candidate (organization_id, job_id, customer_a_id, customer_b_id, code, value)
    WITH keyed AS MATERIALIZED (SELECT DISTINCT * FROM (${exactKeyRows(key, orgId)}) k WHERE value <> ''),
    usable AS (SELECT value FROM keyed GROUP BY value HAVING count(*) BETWEEN 2 AND ${MAX_SHARED_KEY_GROUP})
    SELECT ${orgId}, ${jobId}::uuid, a.customer_id, b.customer_id,
      CASE WHEN bool_or(a.own OR b.own) THEN ${own} ELSE ${contact} END, a.value
    FROM usable u JOIN keyed a ON a.value = u.value JOIN keyed b ON b.value = u.value AND a.customer_id < b.customer_id
    GROUP BY a.customer_id, b.customer_id, a.value`;
}

/** Each name key is compared with this many neighbours on either ordering of its block (below). */
const NAME_WINDOW = 5;

/**
 * Bits of a name key's trigram signature (each trigram sets one): enough that two keys' signatures
 * rarely share a bit by chance, so the bound on their shared trigrams (below) stays tight.
 */
const SIGNATURE_BITS = 256;
const emptySignature = Prisma.raw(`repeat('0', ${SIGNATURE_BITS})::bit(${SIGNATURE_BITS})`);
const bitMask = Prisma.raw(String(SIGNATURE_BITS - 1));

/**
 * Similar names, by sorted neighbourhood within each block (postal code, city, and the whole
 * organization for nearly equal names): the block's distinct name keys are ordered by the key and by
 * the key reversed, and each is compared (pg_trgm similarity) with its next NAME_WINDOW keys in either
 * order — so a name with a typo, a missing word or another legal form meets its twin whichever end of
 * it differs — and equal keys in one block always pair. That is a few sorts and a fixed number of
 * comparisons per customer: a trigram-index self-join (`a.name_key % b.name_key`) measured ~3 ms per
 * probe, ~5 minutes for 100,000 customers (see scripts/bench-duplicates.ts). Keys are numbered in
 * their order, so the neighbour pairs are sorted and joined as integers, and `similarity` (most of the
 * step's time) runs once per distinct pair of keys, however many blocks and orderings made them
 * neighbours, and only when a cheap bound says the pair can reach the threshold: trigrams both keys
 * share set bits both signatures have, so shared ≤ common bits + the bits either key loses to
 * collisions, and similarity = shared / (n₁ + n₂ − shared). The bound never drops a pair that
 * similarity would keep; at 100,000 customers it leaves 1 in 10 of 1.1 million pairs to compare.
 */
const nameStep: Step = async (tx, orgId, jobId) => {
  // The CTEs' row estimates are 10–100× low, so the planner would sort a million key pairs to merge-join
  // them with 21,000 keys; hash joins take a third less time.
  await tx.$executeRaw`SET LOCAL enable_mergejoin = off`;
  const threshold = Prisma.sql`${NAME_SIMILARITY.withLocation}::float8`;
  const neighbours = Prisma.raw(
    Array.from({ length: NAME_WINDOW }, (_, i) => `lead(key_id, ${i + 1}) OVER w`).join(", "),
  );
  return tx.$executeRaw`
    INSERT INTO duplicate_candidate (organization_id, job_id, customer_a_id, customer_b_id, code, similarity)
    WITH blocked AS MATERIALIZED (
      SELECT id, block, name_key, dense_rank() OVER (ORDER BY name_key) AS key_id FROM (${nameBlockRows(orgId)}) r
    ),
    keys AS MATERIALIZED (
      SELECT block, key_id, min(name_key) AS name_key, count(*) AS customers FROM blocked GROUP BY block, key_id
    ),
    ordered AS (
      SELECT block, key_id, name_key AS sort_key, 1 AS pass FROM keys
      UNION ALL
      SELECT block, key_id, reverse(name_key), 2 FROM keys
    ),
    near AS MATERIALIZED (
      SELECT o.block, least(o.key_id, n.k2) AS k1, greatest(o.key_id, n.k2) AS k2
      FROM (
        SELECT block, key_id, ARRAY[${neighbours}] AS nexts FROM ordered
        WINDOW w AS (PARTITION BY block, pass ORDER BY sort_key, key_id)
      ) o, unnest(o.nexts) AS n(k2)
      WHERE n.k2 IS NOT NULL
    ),
    names AS MATERIALIZED (
      SELECT k.key_id, k.name_key, t.trigrams, t.trigrams - bit_count(t.sig) AS spare, t.sig
      FROM (SELECT DISTINCT key_id, name_key FROM keys) k, LATERAL (
        SELECT count(*)::int AS trigrams, bit_or(set_bit(${emptySignature}, hashtext(g) & ${bitMask}, 1)) AS sig
        FROM unnest(show_trgm(k.name_key)) AS g
      ) t
    ),
    alike_keys AS MATERIALIZED (
      SELECT k1, k2, sim FROM (
        SELECT p.k1, p.k2,
          CASE WHEN (1 + ${threshold}) * (bit_count(a.sig & b.sig) + least(a.spare, b.spare)) >= ${threshold} * (a.trigrams + b.trigrams) - 1e-6
            THEN similarity(a.name_key, b.name_key) END AS sim
        FROM (SELECT DISTINCT k1, k2 FROM near) p JOIN names a ON a.key_id = p.k1 JOIN names b ON b.key_id = p.k2
      ) s
      WHERE sim >= ${threshold}::real
    ),
    alike AS (
      SELECT DISTINCT n.block, n.k1, n.k2, s.sim FROM near n JOIN alike_keys s ON s.k1 = n.k1 AND s.k2 = n.k2
      WHERE s.sim >= CASE WHEN n.block = '*' THEN ${NAME_SIMILARITY.alone}::real ELSE ${NAME_SIMILARITY.withLocation}::real END
      UNION ALL
      SELECT block, key_id, key_id, 1 FROM keys WHERE customers BETWEEN 2 AND ${MAX_SHARED_KEY_GROUP}
    )
    SELECT ${orgId}, ${jobId}::uuid, least(a.id, b.id), greatest(a.id, b.id), 'similarName', max(s.sim)
    FROM alike s
    JOIN blocked a ON a.block = s.block AND a.key_id = s.k1
    JOIN blocked b ON b.block = s.block AND b.key_id = s.k2
    WHERE a.id <> b.id
    GROUP BY 3, 4`;
};

const valueWeights = Prisma.join(
  Object.entries(REASON_WEIGHTS).map(([kind, weight]) => Prisma.sql`WHEN ${kind} THEN ${weight}::float8`),
  " ",
);

/** A reason's entries in lib/duplicates' shape, numbered in their order within the reason (`r` is a row of `reasons`). */
const reasonEntries = Prisma.sql`
  SELECT jsonb_build_object('kind', 'similarName', 'similarity', round(r.sim::numeric, 2),
    'samePostalCode', r.same_postal, 'sameCity', r.same_city), 1::bigint
  WHERE r.code = 'similarName'
  UNION ALL
  SELECT jsonb_build_object('kind', 'sharedAsset', 'assetId', x.id,
    'label', coalesce(x.registration, x.license_plate, x.vin, concat_ws(' ', x.make, x.model))), row_number() OVER (ORDER BY x.id)
  FROM asset x WHERE x.id = ANY (CASE WHEN r.code = 'sharedAsset' THEN r.shared::uuid[] END)
  UNION ALL
  SELECT jsonb_build_object('kind', r.code, 'value', v.value), v.n FROM unnest(r.shared) WITH ORDINALITY AS v(value, n)
  WHERE r.code NOT IN ('similarName', 'sharedAsset')`;

/**
 * Replaces the organization's pairs with this scan's, leaving out dismissed pairs and merged customers:
 * reasons in lib/duplicates' shape (a few values per kind), score = 100 × (1 − Π(1 − weight)) over
 * the kinds, as scoreReasons computes it. One statement: each reason's weight, the MAX_PAIRS best
 * scores, and only for those the reasons' JSON. Returns how many pairs it stored.
 */
const storeStep: Step = async (tx, orgId, jobId) => {
  await tx.$executeRaw`DELETE FROM duplicate_pair WHERE organization_id = ${orgId}`;
  const stored = await tx.$executeRaw`
    INSERT INTO duplicate_pair (organization_id, customer_a_id, customer_b_id, score, reasons, computed_at)
    WITH live AS MATERIALIZED (
      SELECT c.id, dedupe_postal(c.postal_code) AS postal, dedupe_fold(c.city) AS city
      FROM customer c WHERE c.organization_id = ${orgId} AND ${duplicateCandidateCondition()}
    ),
    found AS MATERIALIZED (
      SELECT customer_a_id AS a, customer_b_id AS b, code, value, similarity FROM duplicate_candidate
      WHERE job_id = ${jobId}::uuid
    ),
    names AS (
      SELECT f.a, f.b, f.sim,
        coalesce(la.postal = lb.postal, false) AS same_postal, coalesce(la.city = lb.city, false) AS same_city
      FROM (SELECT a, b, max(similarity) AS sim FROM found WHERE code = 'similarName' GROUP BY a, b) f
      JOIN live la ON la.id = f.a JOIN live lb ON lb.id = f.b
    ),
    reasons AS MATERIALIZED (
      SELECT a, b, code, CASE code ${valueWeights} ELSE 0 END AS weight,
        (array_agg(DISTINCT value ORDER BY value))[1:3] AS shared,
        NULL::real AS sim, NULL::boolean AS same_postal, NULL::boolean AS same_city
      FROM found WHERE code <> 'similarName' GROUP BY a, b, code
      UNION ALL
      SELECT a, b, 'similarName',
        sim * CASE WHEN same_postal THEN ${NAME_WEIGHTS.samePostalCode}::float8
          WHEN same_city THEN ${NAME_WEIGHTS.sameCity}::float8 ELSE ${NAME_WEIGHTS.alone}::float8 END,
        NULL, sim, same_postal, same_city
      FROM names
      WHERE sim >= CASE WHEN same_postal OR same_city THEN ${NAME_SIMILARITY.withLocation}::float8
        ELSE ${NAME_SIMILARITY.alone}::float8 END
    ),
    top AS MATERIALIZED (
      SELECT a, b, round(100 * (1 - exp(sum(ln(1 - least(weight, 0.999))))))::int AS score
      FROM reasons r
      WHERE a IN (SELECT id FROM live) AND b IN (SELECT id FROM live)
        AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal d WHERE d.customer_a_id = r.a AND d.customer_b_id = r.b)
      GROUP BY a, b
      ORDER BY score DESC, a, b
      LIMIT ${MAX_PAIRS}
    )
    SELECT ${orgId}, t.a, t.b, t.score, jsonb_agg(e.entry ORDER BY r.weight DESC, r.code, e.n), now()
    FROM top t JOIN reasons r ON r.a = t.a AND r.b = t.b, LATERAL (${reasonEntries}) AS e(entry, n)
    GROUP BY t.a, t.b, t.score`;
  await tx.$executeRaw`DELETE FROM duplicate_candidate WHERE job_id = ${jobId}::uuid`;
  return stored;
};

/** The scan's steps, in the order of scanStepLabels (the page names the running one). */
const scanSteps: readonly Step[] = [
  exactStep("email"),
  exactStep("phone"),
  exactStep("accountNumber"),
  exactStep("websiteDomain"),
  exactStep("sharedAsset"),
  nameStep,
  storeStep,
];

// A step over 100,000 customers takes seconds; the default 5 s interactive-transaction timeout is too short.
// Its sorts and hash tables (a million key pairs) fit in memory with a larger work_mem (the default 4 MB
// spilled them to disk); JIT only compiled for a second: the planner overestimates its CTEs' rows.
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
      await tx.$executeRaw`SET LOCAL work_mem = '256MB'`;
      await tx.$executeRaw`SET LOCAL jit = off`;
      const count = await run(tx, ctx.orgId, job.id);
      const last = step === scanSteps.length - 1;
      await progress({ processed: 1, ...(last && { created: count }) }, { step: step + 1 }, tx);
    }, TX_OPTIONS);
  }
}

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
 * Similar names, by sorted neighbourhood within each block (postal code, city, and the whole
 * organization for nearly equal names): the block's distinct name keys are ordered by the key and by
 * the key reversed, and each is compared (pg_trgm similarity) with its next NAME_WINDOW keys in either
 * order — so a name with a typo, a missing word or another legal form meets its twin whichever end of
 * it differs — and equal keys in one block always pair. That is a few sorts and a fixed number of
 * comparisons per customer: a trigram-index self-join (`a.name_key % b.name_key`) measured ~3 ms per
 * probe, ~5 minutes for 100,000 customers (see scripts/bench-duplicates.ts).
 */
const nameStep: Step = (tx, orgId, jobId) => {
  const neighbours = Prisma.raw(
    Array.from({ length: NAME_WINDOW }, (_, i) => `lead(name_key, ${i + 1}) OVER w`).join(", "),
  );
  return tx.$executeRaw`
    INSERT INTO duplicate_candidate (organization_id, job_id, customer_a_id, customer_b_id, code, similarity)
    WITH blocked AS MATERIALIZED (${nameBlockRows(orgId)}),
    keys AS MATERIALIZED (SELECT block, name_key, count(*) AS customers FROM blocked GROUP BY block, name_key),
    ordered AS (
      SELECT block, name_key, name_key AS sort_key, 1 AS pass FROM keys
      UNION ALL
      SELECT block, name_key, reverse(name_key), 2 FROM keys
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
      SELECT block, k1, k2, sim FROM (SELECT block, k1, k2, similarity(k1, k2) AS sim FROM near) s
      WHERE sim >= CASE WHEN block = '*' THEN ${NAME_SIMILARITY.alone}::real ELSE ${NAME_SIMILARITY.withLocation}::real END
      UNION ALL
      SELECT block, name_key, name_key, 1 FROM keys WHERE customers BETWEEN 2 AND ${MAX_SHARED_KEY_GROUP}
    )
    SELECT ${orgId}, ${jobId}::uuid, least(a.id, b.id), greatest(a.id, b.id), 'similarName', max(s.sim)
    FROM alike s
    JOIN blocked a ON a.block = s.block AND a.name_key = s.k1
    JOIN blocked b ON b.block = s.block AND b.name_key = s.k2
    WHERE a.id <> b.id
    GROUP BY 3, 4`;
};

const valueWeights = Prisma.join(
  Object.entries(REASON_WEIGHTS).map(([kind, weight]) => Prisma.sql`WHEN ${kind} THEN ${weight}::float8`),
  " ",
);

/**
 * Replaces the organization's pairs with this scan's, leaving out dismissed pairs and merged customers:
 * reasons in lib/duplicates' shape (a few values per kind), score = 100 × (1 − Π(1 − weight)) over
 * the kinds, as scoreReasons computes it. Returns how many pairs it stored.
 */
const storeStep: Step = async (tx, orgId, jobId) => {
  await tx.$executeRaw`DELETE FROM duplicate_pair WHERE organization_id = ${orgId}`;
  const stored = await tx.$executeRaw`
    INSERT INTO duplicate_pair (organization_id, customer_a_id, customer_b_id, score, reasons, computed_at)
    WITH found AS (
      SELECT customer_a_id AS a, customer_b_id AS b, code, value, similarity FROM duplicate_candidate
      WHERE job_id = ${jobId}::uuid
    ),
    values_of AS (
      SELECT a, b, code, (array_agg(DISTINCT value ORDER BY value))[1:3] AS shared
      FROM found WHERE code <> 'similarName' GROUP BY a, b, code
    ),
    names AS (
      SELECT f.a, f.b, max(f.similarity) AS sim,
        coalesce(dedupe_postal(ca.postal_code) = dedupe_postal(cb.postal_code), false) AS same_postal,
        coalesce(dedupe_fold(ca.city) = dedupe_fold(cb.city), false) AS same_city
      FROM found f JOIN customer ca ON ca.id = f.a JOIN customer cb ON cb.id = f.b
      WHERE f.code = 'similarName' GROUP BY f.a, f.b, ca.postal_code, cb.postal_code, ca.city, cb.city
    ),
    reasons AS (
      SELECT v.a, v.b, CASE v.code ${valueWeights} ELSE 0 END AS weight,
        CASE WHEN v.code = 'sharedAsset' THEN (
          SELECT jsonb_agg(jsonb_build_object('kind', 'sharedAsset', 'assetId', x.id,
            'label', coalesce(x.registration, x.license_plate, x.vin, concat_ws(' ', x.make, x.model))) ORDER BY x.id)
          FROM asset x WHERE x.id::text = ANY (v.shared))
        ELSE (SELECT jsonb_agg(jsonb_build_object('kind', v.code, 'value', s) ORDER BY s) FROM unnest(v.shared) AS s)
        END AS entries
      FROM values_of v
      UNION ALL
      SELECT n.a, n.b,
        n.sim * CASE WHEN n.same_postal THEN ${NAME_WEIGHTS.samePostalCode}::float8
          WHEN n.same_city THEN ${NAME_WEIGHTS.sameCity}::float8 ELSE ${NAME_WEIGHTS.alone}::float8 END,
        jsonb_build_array(jsonb_build_object('kind', 'similarName', 'similarity', round(n.sim::numeric, 2),
          'samePostalCode', n.same_postal, 'sameCity', n.same_city))
      FROM names n
      WHERE n.sim >= CASE WHEN n.same_postal OR n.same_city THEN ${NAME_SIMILARITY.withLocation}::float8
        ELSE ${NAME_SIMILARITY.alone}::float8 END
    ),
    scored AS (
      SELECT a, b, round(100 * (1 - exp(sum(ln(1 - least(weight, 0.999))))))::int AS score,
        jsonb_agg(entries ORDER BY weight DESC) AS nested
      FROM reasons GROUP BY a, b
    )
    SELECT ${orgId}, s.a, s.b, s.score,
      (SELECT jsonb_agg(e) FROM jsonb_array_elements(s.nested) AS n(list), jsonb_array_elements(n.list) AS e), now()
    FROM scored s
    WHERE NOT EXISTS (SELECT 1 FROM duplicate_dismissal d WHERE d.customer_a_id = s.a AND d.customer_b_id = s.b)
      AND EXISTS (SELECT 1 FROM customer c WHERE c.id = s.a AND c.organization_id = ${orgId} AND ${duplicateCandidateCondition})
      AND EXISTS (SELECT 1 FROM customer c WHERE c.id = s.b AND c.organization_id = ${orgId} AND ${duplicateCandidateCondition})
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
  exactStep("websiteDomain"),
  exactStep("sharedAsset"),
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

import "server-only";
// Merging customers of the acting organization (managers and up): the dry run says exactly what the real
// run does; the real run is one transaction that locks every involved customer by id, then their assets.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict, notFound } from "@/lib/errors";
import { isTransientDbError, isUniqueViolation } from "@/lib/db/errors";
import { isUuid, parseWith } from "@/lib/validation";
import { applyMerge } from "@/lib/customers/merge/apply";
import { buildMergePlan, type MergePlan } from "@/lib/customers/merge/plan";
import { mergeInputSchema, mergeRequestSchema } from "@/lib/customers/merge/schemas";

const TX_OPTIONS = { timeout: 60_000, maxWait: 15_000 };
/** A deadlock with a concurrent link or contact write is retried this often (each try starts over). */
const ATTEMPTS = 3;

function parseRequest(ctx: Ctx, survivorId: string, input: unknown) {
  assertCan(ctx, "customer:merge");
  if (!isUuid(survivorId)) throw notFound("Customer");
  return parseWith(mergeInputSchema, input);
}

/** The dry run: what merging `input.from` into the survivor would move and which values would survive. */
export async function planMerge(ctx: Ctx, survivorId: string, input: unknown): Promise<MergePlan> {
  const request = parseRequest(ctx, survivorId, input);
  const { plan } = await db.$transaction(
    (tx) => buildMergePlan(tx, ctx, survivorId.toLowerCase(), request, { lock: false }),
    TX_OPTIONS,
  );
  return plan;
}

export interface MergeResult {
  /** Undo it with this id (also the id of the survivor's "merged" timeline entry). */
  mergeId: string;
  plan: MergePlan;
}

/** Moves everything of `input.from` to the survivor and leaves them as tombstones, in one transaction. */
export async function mergeCustomers(ctx: Ctx, survivorId: string, input: unknown): Promise<MergeResult> {
  const request = parseRequest(ctx, survivorId, input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const { plan, customers } = await buildMergePlan(tx, ctx, survivorId.toLowerCase(), request, { lock: true });
        return { mergeId: await applyMerge(tx, ctx, plan, customers), plan };
      }, TX_OPTIONS);
    } catch (error) {
      if (isTransientDbError(error) && attempt < ATTEMPTS) continue;
      throw toMergeWriteError(error);
    }
  }
}

/** A unique violation (an account number or email taken by another customer meanwhile) is a CONFLICT. */
function toMergeWriteError(error: unknown): unknown {
  if (!isUniqueViolation(error)) return error;
  return conflict("Another customer took one of the surviving account number or email meanwhile. Try again.");
}

export interface MergeRunResult extends MergePlan {
  dryRun: boolean;
  /** Null for a dry run. */
  mergeId: string | null;
}

/** The REST request: `dryRun` says whether to only plan or to merge; both answer the same shape. */
export async function runMergeRequest(ctx: Ctx, survivorId: string, input: unknown): Promise<MergeRunResult> {
  assertCan(ctx, "customer:merge");
  const { dryRun, ...request } = parseWith(mergeRequestSchema, input);
  if (dryRun) return { dryRun, mergeId: null, ...(await planMerge(ctx, survivorId, request)) };
  const { mergeId, plan } = await mergeCustomers(ctx, survivorId, request);
  return { dryRun, mergeId, ...plan };
}

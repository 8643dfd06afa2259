import "server-only";
// Reading the organization's possible duplicates: a page of pairs (search, reason filter, sort by score
// or name) with both customers, the proposed survivor first, and the state of the latest scan.
import { db, Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { escapeLike } from "@/lib/list-params";
import { normalizeSearchTerm } from "@/lib/search-text";
import { duplicateCandidateCondition } from "@/lib/duplicates/queries";
import { duplicateCandidateSchema } from "@/lib/duplicates/schemas";
import type { DuplicateReason } from "@/lib/duplicates/scoring";
import { DUPLICATE_SCAN_JOB } from "@/lib/duplicate-pairs/schemas";
import type { DuplicateListParams } from "@/lib/duplicate-pairs/list-params";
import type { JobRecord } from "@/lib/jobs/types";

const pairCustomerSelect = {
  id: true,
  kind: true,
  name: true,
  accountNumber: true,
  email: true,
  phone: true,
  website: true,
  addressLine1: true,
  city: true,
  postalCode: true,
  country: true,
  taxId: true,
  status: true,
  createdAt: true,
  archivedAt: true,
  _count: { select: { contacts: { where: { deletedAt: null } }, assetLinks: true, workOrders: true } },
} satisfies Prisma.CustomerSelect;

export type PairCustomer = Prisma.CustomerGetPayload<{ select: typeof pairCustomerSelect }>;

export interface DuplicatePairRow {
  score: number;
  reasons: DuplicateReason[];
  computedAt: Date;
  /** The proposed survivor first: the more complete one, or when equally complete the older one. */
  customers: [PairCustomer, PairCustomer];
}

export interface DuplicatePairList {
  rows: DuplicatePairRow[];
  total: number;
  pageCount: number;
  page: number;
  perPage: number;
}

/** How much a customer record holds: filled fields, and what hangs off it. */
function completeness(c: PairCustomer): number {
  const fields = [c.accountNumber, c.email, c.phone, c.website, c.addressLine1, c.city, c.postalCode, c.taxId];
  return (
    fields.filter((value) => value !== null && value !== "").length + Object.values(c._count).reduce((a, b) => a + b, 0)
  );
}

/** Merge proposal order: the survivor (more complete; equally complete: older, then smaller id) first. */
function orderForMerge(x: PairCustomer, y: PairCustomer): [PairCustomer, PairCustomer] {
  const byCompleteness = completeness(y) - completeness(x);
  const byAge = x.createdAt.getTime() - y.createdAt.getTime();
  const first = byCompleteness !== 0 ? byCompleteness < 0 : byAge !== 0 ? byAge < 0 : x.id < y.id;
  return first ? [x, y] : [y, x];
}

function pairConditions(ctx: Ctx, params: DuplicateListParams): Prisma.Sql[] {
  const conditions = [
    Prisma.sql`p.organization_id = ${ctx.orgId}`,
    // Merged customers (tombstones) are no one's duplicates; the next scan drops their pairs. Read on the
    // joined rows (not as EXISTS over customer): a planner with stale statistics crossed two such scans.
    duplicateCandidateCondition("ca"),
    duplicateCandidateCondition("cb"),
    Prisma.sql`NOT EXISTS (SELECT 1 FROM duplicate_dismissal d
      WHERE d.customer_a_id = p.customer_a_id AND d.customer_b_id = p.customer_b_id)`,
  ];
  const term = normalizeSearchTerm(params.q);
  if (term.text) {
    const patterns = [term.text, ...(term.digits ? [term.digits] : [])].map((t) => `%${escapeLike(t)}%`);
    const like = (alias: string) =>
      Prisma.join(
        patterns.map((pattern) => Prisma.sql`${Prisma.raw(alias)}.search_text LIKE ${pattern}`),
        " OR ",
      );
    conditions.push(Prisma.sql`(${like("ca")} OR ${like("cb")})`);
  }
  if (params.reason.length > 0) {
    const any = params.reason.map((kind) => Prisma.sql`p.reasons @> ${JSON.stringify([{ kind }])}::jsonb`);
    conditions.push(Prisma.sql`(${Prisma.join(any, " OR ")})`);
  }
  return conditions;
}

const orderBy = (params: DuplicateListParams) => {
  const dir = Prisma.raw(params.sort.direction === "desc" ? "DESC" : "ASC");
  return params.sort.column === "name"
    ? Prisma.sql`least(lower(ca.name::text), lower(cb.name::text)) ${dir}, p.score DESC, p.customer_a_id, p.customer_b_id`
    : Prisma.sql`p.score ${dir}, least(lower(ca.name::text), lower(cb.name::text)), p.customer_a_id, p.customer_b_id`;
};

/** A page of the organization's possible duplicates not dismissed. Managers and up. */
export async function listDuplicatePairs(ctx: Ctx, params: DuplicateListParams): Promise<DuplicatePairList> {
  assertCan(ctx, "duplicate:review");
  const where = Prisma.join(pairConditions(ctx, params), " AND ");
  const from = Prisma.sql`duplicate_pair p JOIN customer ca ON ca.id = p.customer_a_id JOIN customer cb ON cb.id = p.customer_b_id`;
  const [pairs, counted] = await Promise.all([
    db.$queryRaw<{ a: string; b: string; score: number; reasons: unknown; computed_at: Date }[]>`
      SELECT p.customer_a_id AS a, p.customer_b_id AS b, p.score, p.reasons, p.computed_at
      FROM ${from} WHERE ${where} ORDER BY ${orderBy(params)}
      LIMIT ${params.perPage} OFFSET ${(params.page - 1) * params.perPage}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`,
  ]);
  const ids = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
  const customers = await db.customer.findMany({
    where: { organizationId: ctx.orgId, id: { in: ids } },
    select: pairCustomerSelect,
  });
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const total = counted[0]?.n ?? 0;
  return {
    rows: pairs.flatMap((pair) => {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      if (!a || !b) return [];
      const reasons = duplicateCandidateSchema.shape.reasons.safeParse(pair.reasons);
      return [
        {
          score: pair.score,
          reasons: reasons.success ? reasons.data : [],
          computedAt: pair.computed_at,
          customers: orderForMerge(a, b),
        },
      ];
    }),
    total,
    pageCount: Math.ceil(total / params.perPage),
    page: params.page,
    perPage: params.perPage,
  };
}

export interface DuplicateScanState {
  /** The newest scan (queued, running or finished), if any. */
  latest: JobRecord | null;
  /** When the newest completed scan finished. */
  lastCompletedAt: Date | null;
}

/** The organization's newest duplicates scan and when one last completed. Managers and up. */
export async function getDuplicateScanState(ctx: Ctx): Promise<DuplicateScanState> {
  assertCan(ctx, "duplicate:review");
  const where = { organizationId: ctx.orgId, kind: DUPLICATE_SCAN_JOB };
  const [latest, completed] = await Promise.all([
    db.job.findFirst({ where, orderBy: { createdAt: "desc" } }),
    db.job.findFirst({ where: { ...where, status: "completed" }, orderBy: { createdAt: "desc" } }),
  ]);
  return { latest, lastCompletedAt: completed?.finishedAt ?? null };
}

import "server-only";
// Names for the ids a page of timeline entries mentions — its actors, and id-valued fields in diffs
// (a customer's tier, its owner) — looked up in one query per kind for the whole page, never per entry.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";

/** Diff fields whose values are ids, and what they point at. */
const idValuedFields = { tierId: "tier", ownerId: "user" } as const satisfies Record<string, "tier" | "user">;

type IdKind = (typeof idValuedFields)[keyof typeof idValuedFields];
type Changes = Record<string, { from: unknown; to: unknown }> | null;

/** What a vanished record is called on the timeline (a deleted tier, a removed member). */
export const missingLabels: Record<IdKind, string> = { tier: "Deleted tier", user: "Removed user" };

export interface PageLabels {
  /** Name of the acting user (null: removed, or an API key without a user). */
  actorName(actorId: string | null): string | null;
  /** Names for the id values in these changes, keyed by id. */
  valueLabels(changes: Changes): Record<string, string>;
}

function idsIn(changes: Changes, kind: IdKind): string[] {
  if (!changes) return [];
  return Object.entries(changes)
    .filter(([field]) => idValuedFields[field as keyof typeof idValuedFields] === kind)
    .flatMap(([, { from, to }]) => [from, to])
    .filter((value): value is string => typeof value === "string");
}

export async function loadPageLabels(
  ctx: Ctx,
  rows: { actorId: string | null; changes: Changes }[],
): Promise<PageLabels> {
  const userIds = new Set(
    rows.flatMap((row) => [...(row.actorId ? [row.actorId] : []), ...idsIn(row.changes, "user")]),
  );
  const tierIds = new Set(rows.flatMap((row) => idsIn(row.changes, "tier")));
  const [users, tiers] = await Promise.all([
    userIds.size ? db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }) : [],
    tierIds.size
      ? db.customerTier.findMany({
          where: { id: { in: [...tierIds] }, organizationId: ctx.orgId },
          select: { id: true, name: true },
        })
      : [],
  ]);
  const names: Record<IdKind, Map<string, string>> = {
    user: new Map(users.map((user) => [user.id, user.name])),
    tier: new Map(tiers.map((tier) => [tier.id, tier.name])),
  };
  return {
    actorName: (actorId) => (actorId ? (names.user.get(actorId) ?? null) : null),
    valueLabels(changes) {
      const labels: Record<string, string> = {};
      for (const kind of ["tier", "user"] as const) {
        for (const id of idsIn(changes, kind)) labels[id] = names[kind].get(id) ?? missingLabels[kind];
      }
      return labels;
    },
  };
}

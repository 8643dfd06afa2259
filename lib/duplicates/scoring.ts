// Why two customers look like duplicates, and how sure we are: the one set of rules and weights the
// create-time warning, REST, imports and the organization-wide scan all apply.

/** One reason a candidate matched; `value` is the shared email, phone, account number or domain. */
export type DuplicateReason =
  | { kind: "accountNumber" | "email" | "contactEmail" | "phone" | "contactPhone" | "websiteDomain"; value: string }
  | { kind: "similarName"; similarity: number; samePostalCode: boolean; sameCity: boolean }
  | { kind: "sharedAsset"; assetId: string; label: string };

export type DuplicateReasonKind = DuplicateReason["kind"];

/**
 * Trigram similarity of name keys (pg_trgm `similarity`) from which a name counts: with the same postal
 * code or city, or — for nearly the same name — alone. Tuned on realistic pairs in
 * tests/integration/duplicates/threshold.test.ts: every spelling variant there scores ≥ 0.55, most
 * different companies in one town below it.
 */
export const NAME_SIMILARITY = { withLocation: 0.55, alone: 0.8 } as const;

/** How much one reason alone says (0–1); several combine as independent evidence. */
export const REASON_WEIGHTS: Record<Exclude<DuplicateReasonKind, "similarName">, number> = {
  accountNumber: 0.95,
  email: 0.9,
  phone: 0.8,
  contactEmail: 0.75,
  contactPhone: 0.6,
  websiteDomain: 0.5,
  sharedAsset: 0.5,
};

/** A similar name weighs its similarity times this, by where the two are. */
export const NAME_WEIGHTS = { samePostalCode: 0.85, sameCity: 0.7, alone: 0.4 } as const;

/** The similar-name reason for a pair, or null when the name alone does not count. */
export function similarNameReason(
  similarity: number | null,
  samePostalCode: boolean,
  sameCity: boolean,
): DuplicateReason | null {
  if (similarity === null) return null;
  const located = samePostalCode || sameCity;
  if (similarity < (located ? NAME_SIMILARITY.withLocation : NAME_SIMILARITY.alone)) return null;
  return { kind: "similarName", similarity: Math.round(similarity * 100) / 100, samePostalCode, sameCity };
}

function weightOf(reason: DuplicateReason): number {
  if (reason.kind !== "similarName") return REASON_WEIGHTS[reason.kind];
  const where = reason.samePostalCode ? "samePostalCode" : reason.sameCity ? "sameCity" : "alone";
  return NAME_WEIGHTS[where] * reason.similarity;
}

/** 0–100: the chance at least one reason is right, reading each weight as an independent probability. */
export function scoreReasons(reasons: readonly DuplicateReason[]): number {
  const kinds = new Set<string>();
  let miss = 1;
  for (const reason of reasons) {
    // Two shared phones are not twice the evidence of one: each kind counts once.
    if (kinds.has(reason.kind)) continue;
    kinds.add(reason.kind);
    miss *= 1 - weightOf(reason);
  }
  return Math.round(100 * (1 - miss));
}

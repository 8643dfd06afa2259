// Why two customers look like one, and how much each reason counts: the scan's weights, the reasons'
// labels and the reason shape stored on a pair. No server imports (the review page shows the labels).
import { z } from "zod";

export const reasonCodes = ["accountNumber", "email", "phone", "website", "asset", "name"] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** Points a reason adds to a pair's score (a similar name: its similarity times this); the sum is capped at 100. */
export const reasonWeights: Record<ReasonCode, number> = {
  accountNumber: 60,
  email: 50,
  phone: 40,
  website: 30,
  asset: 20,
  name: 40,
};

/** Names at least this similar (pg_trgm similarity of their name keys) in the same postal code or city are candidates. */
export const NAME_SIMILARITY_THRESHOLD = 0.6;
/** Pairs scoring below this are not worth a person's time. */
export const MIN_PAIR_SCORE = 20;
/** A value shared by more customers than this (a shared mailbox, a switchboard) says nothing about any two of them. */
export const MAX_SHARED_KEY_GROUP = 25;
/** At most this many pairs per organization, the highest scores first. */
export const MAX_PAIRS = 50_000;

export const reasonLabels: Record<ReasonCode, string> = {
  accountNumber: "Same account number",
  email: "Same email",
  phone: "Same phone",
  website: "Same website",
  asset: "Shared aircraft or vehicle",
  name: "Similar name",
};

export const pairReasonSchema = z.object({
  code: z.enum(reasonCodes),
  /** The shared values (emails, phones, domains, registrations), a few at most; none for names. */
  values: z.array(z.string()).default([]),
  /** 0–1, for `name`. */
  similarity: z.number().nullable().default(null),
});
export type PairReason = z.output<typeof pairReasonSchema>;

/** "Similar name (87%)", "Same email: ops@example.com". */
export function describeReason(reason: PairReason): string {
  if (reason.code === "name" && reason.similarity !== null)
    return `${reasonLabels.name} (${Math.round(reason.similarity * 100)}%)`;
  return reason.values.length > 0
    ? `${reasonLabels[reason.code]}: ${reason.values.join(", ")}`
    : reasonLabels[reason.code];
}

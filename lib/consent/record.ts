import "server-only";
// Records consent and preference changes in consent_change, inside the transaction of the write that made
// them: what changed (old and new value), when, by whom (a user, or an API key and its creator) and from
// where (form, import, API). A new record's defaults (not asked, no, no preference) are not changes.
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { customerConsentFields, type ConsentField, type ConsentSource } from "@/lib/consent/options";
import { uuid7 } from "@/lib/imports/sql";

/** A write's source: as the caller says (REST routes: api; imports: import), else the app's forms. */
export function consentSourceFor(ctx: Ctx, source?: ConsentSource): ConsentSource {
  return source ?? (ctx.actor === "apiKey" ? "api" : "form");
}

const stored = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const defaults: Record<ConsentField, string | null> = {
  marketingConsent: "not_asked",
  newsletter: "false",
  preferredContactMethod: null,
  emailVerified: "false",
  phoneVerified: "false",
};

export interface ConsentTarget {
  customerId: string;
  contactId?: string | null;
}

/**
 * The consent_change rows for `before` → `after` (`before` null: a new record, compared with the defaults),
 * for insertRows or createMany. Only the fields `after` has are compared.
 */
export function consentChangeRows(
  ctx: Ctx,
  target: ConsentTarget,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  source: ConsentSource,
) {
  return customerConsentFields
    .filter((field) => field in after)
    .map((field) => ({
      field,
      fromValue: before ? stored(before[field]) : defaults[field],
      toValue: stored(after[field]),
    }))
    .filter((change) => change.fromValue !== change.toValue)
    .map((change) => ({
      id: uuid7(),
      organizationId: ctx.orgId,
      customerId: target.customerId,
      contactId: target.contactId ?? null,
      ...change,
      source,
      actorId: ctx.userId,
      actorKind: ctx.actor,
      apiKeyId: ctx.actor === "apiKey" ? (ctx.apiKeyId ?? null) : null,
    }));
}

/** Records the consent changes between `before` and `after` of one customer or contact. */
export async function recordConsentChanges(
  tx: Tx,
  ctx: Ctx,
  target: ConsentTarget,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  source: ConsentSource,
): Promise<void> {
  const rows = consentChangeRows(ctx, target, before, after, source);
  if (rows.length > 0) await tx.consentChange.createMany({ data: rows });
}

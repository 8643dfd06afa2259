import "server-only";
// A customer's consent and preference history (its own and its contacts'), newest first, with who made each
// change (a user's name, or an API key's) and the contact it was about. Read by the customer page's card and
// the subject-access export.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import type { ConsentField, ConsentSource } from "@/lib/consent/options";
import { contactName } from "@/lib/contacts/schemas";
import { findCustomerInOrg } from "@/lib/customers/lookup";

export interface ConsentChangeEntry {
  id: string;
  at: Date;
  field: ConsentField;
  from: string | null;
  to: string | null;
  source: ConsentSource;
  /** The user who made it, or the API key's name ("API key Zapier"); null when that user is gone. */
  by: string | null;
  /** The contact it was about; null for the customer's own consent. */
  contact: { id: string; name: string } | null;
}

/** At most this many entries (newest first): the card shows a short history, the export asks for all. */
const DEFAULT_LIMIT = 50;

export async function listConsentHistory(
  ctx: Ctx,
  customerId: string,
  opts: { limit?: number } = {},
): Promise<ConsentChangeEntry[]> {
  assertCan(ctx, "customer:read");
  const customer = await findCustomerInOrg(db, ctx.orgId, customerId);
  const rows = await db.consentChange.findMany({
    // A merge moves contacts to the survivor; their history follows them (its rows keep the customer they had).
    where: { organizationId: ctx.orgId, OR: [{ customerId: customer.id }, { contact: { customerId: customer.id } }] },
    // One write's changes share a time: they are listed in a stable order (by field).
    orderBy: [{ createdAt: "desc" }, { field: "asc" }, { id: "asc" }],
    take: opts.limit ?? DEFAULT_LIMIT,
    include: { contact: { select: { id: true, firstName: true, lastName: true } } },
  });
  const userIds = [...new Set(rows.flatMap((row) => (row.actorId && row.actorKind === "user" ? [row.actorId] : [])))];
  const keyIds = [...new Set(rows.flatMap((row) => (row.apiKeyId ? [row.apiKeyId] : [])))];
  const [users, keys] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    keyIds.length
      ? db.apiKey.findMany({
          where: { id: { in: keyIds }, organizationId: ctx.orgId },
          select: { id: true, name: true },
        })
      : [],
  ]);
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const keyNames = new Map(keys.map((key) => [key.id, `API key ${key.name}`]));
  return rows.map((row) => ({
    id: row.id,
    at: row.createdAt,
    field: row.field as ConsentField,
    from: row.fromValue,
    to: row.toValue,
    source: row.source,
    by:
      row.actorKind === "apiKey"
        ? (keyNames.get(row.apiKeyId ?? "") ?? "An API key")
        : (userNames.get(row.actorId ?? "") ?? null),
    contact: row.contact ? { id: row.contact.id, name: contactName(row.contact) } : null,
  }));
}

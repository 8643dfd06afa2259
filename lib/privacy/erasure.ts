import "server-only";
// Erasure by anonymization (issue 13): a customer's (or one contact's) personal data is replaced with neutral
// values, driven by the column classification in lib/privacy/fields.ts, and every copy of it the app keeps is
// scrubbed (lib/privacy/erasure-scrub.ts); the records that must be retained stay. One transaction: the
// customer and its merged tombstones are locked by id first (the merge lock order), so contact writes, merges
// and other erasures of the customer wait. Irreversible: nothing keeps the values, not even the erasure log.
import { db, Prisma, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { AppError, conflict, notFound } from "@/lib/errors";
import { isTransientDbError } from "@/lib/db/errors";
import { isUuid, parseWith } from "@/lib/validation";
import { assertNotMerged } from "@/lib/customers/lookup";
import { customerNameWords, pruneCustomerNameWords } from "@/lib/customers/name-words";
import { settlePrimary } from "@/lib/contacts/primary";
import { refreshCustomerSearchText } from "@/lib/contacts/search-text";
import { derivedColumns, personalColumns } from "@/lib/privacy/fields";
import { confirms, erasureRequestSchema } from "@/lib/privacy/erasure-schemas";
import {
  anonymizeWorkOrders,
  removeFromDuplicateReview,
  scrubActivities,
  scrubFreeText,
  scrubImportRows,
  scrubMergeRecords,
} from "@/lib/privacy/erasure-scrub";
import { recordEvent, recordEvents } from "@/lib/events/record";

const TX_OPTIONS = { timeout: 120_000, maxWait: 15_000 };
const ATTEMPTS = 3;

/** Who erases: a member or API key (from ctx), or the retention job ("system"). */
interface ErasureActor {
  orgId: string;
  userId: string | null;
  actorKind: "user" | "apiKey" | "system";
  apiKeyId?: string;
}

export interface ErasureResult {
  /** The erasure log entry. */
  erasureId: string;
  customerId: string;
  /** Set when one contact was erased. */
  contactId: string | null;
  /** The columns that held a value and were replaced (names only). */
  fields: { customer: string[]; contact: string[] };
  /** How many rows of each kind were erased or scrubbed. */
  counts: Record<string, number>;
}

interface ErasureOptions {
  reason: string;
  /** The typed confirmation; the retention job passes none. */
  confirm: string | null;
}

/** Values for the personal columns that cannot be NULL (SQL over the row); every other one becomes NULL. */
const customerNeutral: Record<string, Prisma.Sql> = {
  name: Prisma.sql`'Erased customer #' || coalesce(account_number::text, right(id::text, 8))`,
  search_text: Prisma.sql`''`,
  name_key: Prisma.sql`''`,
  email_keys: Prisma.sql`ARRAY[]::text[]`,
  phone_keys: Prisma.sql`ARRAY[]::text[]`,
  // Generated from the postal code (NULL) and the name key (''): recomputed, never assigned.
  postal_key: Prisma.sql`DEFAULT`,
  name_trigrams: Prisma.sql`DEFAULT`,
};
const contactNeutral: Record<string, Prisma.Sql> = {
  first_name: Prisma.sql`'Erased'`,
  last_name: Prisma.sql`'contact'`,
  // Unique per contact, and on the reserved .invalid domain: nothing can ever be sent to it.
  email: Prisma.sql`'erased-' || id::text || '@erased.invalid'`,
};

/** `"col" = neutral` for every personal or sensitive column of the table (column names are trusted constants). */
function erasedAssignments(table: "customer" | "contact"): Prisma.Sql {
  const neutral = table === "customer" ? customerNeutral : contactNeutral;
  return Prisma.join(
    personalColumns(table).map(
      (column) => Prisma.sql`${Prisma.raw(`"${column}"`)} = ${neutral[column] ?? Prisma.sql`NULL`}`,
    ),
  );
}

/** The personal columns holding a value in any of these rows (for the log: names, never values). */
async function filledColumns(tx: Tx, table: "customer" | "contact", where: Prisma.Sql): Promise<string[]> {
  const columns = personalColumns(table);
  const rows = await tx.$queryRaw<{ row: Record<string, unknown> }[]>`
    SELECT to_jsonb(t) AS row FROM ${Prisma.raw(table)} t WHERE ${where}`;
  const empty = (value: unknown) => value === null || value === "" || (Array.isArray(value) && value.length === 0);
  return columns.filter((column) => !derivedColumns.has(column) && rows.some(({ row }) => !empty(row[column])));
}

/** Whether the organization keeps work-order snapshots as they were (legal hold, Settings → Privacy). */
async function workOrderLegalHold(tx: Tx, orgId: string): Promise<boolean> {
  const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { workOrderLegalHold: true } });
  return org.workOrderLegalHold;
}

async function writeLog(
  tx: Tx,
  actor: ErasureActor,
  entry: Omit<ErasureResult, "erasureId"> & { reason: string },
): Promise<string> {
  const { id } = await tx.erasureLog.create({
    data: {
      organizationId: actor.orgId,
      customerId: entry.customerId,
      contactId: entry.contactId,
      erasedById: actor.userId,
      actorKind: actor.actorKind,
      reason: entry.reason,
      fields: entry.fields,
      counts: entry.counts,
    },
    select: { id: true },
  });
  const fieldList = [
    entry.fields.customer.length > 0 ? `customer: ${entry.fields.customer.join(", ")}` : null,
    entry.fields.contact.length > 0 ? `contacts: ${entry.fields.contact.join(", ")}` : null,
  ].filter(Boolean);
  await tx.activity.create({
    data: {
      organizationId: actor.orgId,
      customerId: entry.customerId,
      type: "change",
      entityType: entry.contactId ? "contact" : "customer",
      entityId: entry.contactId ?? entry.customerId,
      action: "erased",
      summary: entry.contactId ? "Contact's personal data erased" : "Personal data erased",
      body: `Reason: ${entry.reason}\nFields erased: ${fieldList.join("; ") || "none held a value"}`,
      actorId: actor.userId,
      actorKind: actor.actorKind,
    },
  });
  return id;
}

/**
 * The customer and every tombstone merged into it (directly or down a chain), locked by id. A merge into the
 * customer that committed while this waited for the lock is not in the statement's snapshot: the family is read
 * again under the lock until it holds no one new (no merge into, or undo out of, a locked customer can commit
 * meanwhile).
 */
async function lockFamily(tx: Tx, orgId: string, customerId: string): Promise<string[]> {
  const locked = new Set<string>();
  for (;;) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE family AS (
        SELECT id FROM customer WHERE id = ${customerId}::uuid AND organization_id = ${orgId}
        UNION SELECT c.id FROM customer c JOIN family f ON c.merged_into_id = f.id WHERE c.organization_id = ${orgId})
      SELECT id::text AS id FROM customer WHERE id IN (SELECT id FROM family) ORDER BY id FOR UPDATE`;
    const fresh = rows.filter((row) => !locked.has(row.id));
    for (const row of rows) locked.add(row.id);
    // The last read, all of it already locked: the family as it is now (a merge undone meanwhile has left it).
    if (fresh.length === 0) return rows.map((row) => row.id);
  }
}

async function eraseCustomerIn(tx: Tx, actor: ErasureActor, customerId: string, options: ErasureOptions) {
  const { orgId } = actor;
  const ids = await lockFamily(tx, orgId, customerId);
  const customer = await tx.customer.findFirst({ where: { id: customerId, organizationId: orgId } });
  if (!customer) throw notFound("Customer");
  await assertNotMerged(tx, orgId, customer);
  if (customer.erasedAt) throw conflict("This customer's personal data was already erased.");
  if (options.confirm !== null && !confirms(options.confirm, [customer.name, customer.accountNumber])) {
    const message = "Type the customer's name or account number exactly as shown";
    throw new AppError("VALIDATION", `${message}.`, { confirm: [message] });
  }
  const ofFamily = Prisma.sql`organization_id = ${orgId} AND id = ANY(${ids}::uuid[])`;
  const ofContacts = Prisma.sql`organization_id = ${orgId} AND customer_id = ANY(${ids}::uuid[])`;
  const fields = {
    customer: await filledColumns(tx, "customer", ofFamily),
    contact: await filledColumns(tx, "contact", ofContacts),
  };
  const contacts = await tx.$executeRaw`
    UPDATE contact SET ${erasedAssignments("contact")}, erased_at = now(), is_primary = false,
      deleted_at = coalesce(deleted_at, now()), deleted_by_id = CASE WHEN deleted_at IS NULL THEN ${actor.userId} ELSE deleted_by_id END,
      version = version + 1, updated_at = now(), updated_by_id = ${actor.userId}
    WHERE ${ofContacts}`;
  const nameWords = await customerNameWords(tx, ofFamily);
  const customers = await tx.$queryRaw<{ id: string; name: string }[]>`
    UPDATE customer SET ${erasedAssignments("customer")}, erased_at = now(),
      version = version + 1, updated_at = now(), updated_by_id = ${actor.userId}
    WHERE ${ofFamily} RETURNING id::text AS id, name::text AS name`;
  const names = new Map(customers.map((row) => [row.id, row.name]));
  const legalHold = await workOrderLegalHold(tx, orgId);
  const counts: Record<string, number> = {
    customers: customers.length,
    contacts,
    ...(await scrubActivities(tx, orgId, { customerIds: ids })),
    ...(await scrubFreeText(tx, orgId, ids)),
    mergeRecords: await scrubMergeRecords(tx, orgId, names),
    importRows: await scrubImportRows(tx, orgId, { customerIds: ids }),
    duplicateReviewRows: await removeFromDuplicateReview(tx, orgId, ids),
    nameWordsPruned: await pruneCustomerNameWords(tx, orgId, nameWords),
    workOrdersAnonymized: legalHold ? 0 : await anonymizeWorkOrders(tx, orgId, names),
    // Subject access exports are full copies: they go.
    exportsDeleted: (await tx.privacyExport.deleteMany({ where: { organizationId: orgId, customerId: { in: ids } } }))
      .count,
  };
  const erased = customers.map(
    (row) => ({ type: "customer.erased", resourceType: "customer", resourceId: row.id }) as const,
  );
  await recordEvents(tx, { ...actor, actor: actor.actorKind }, erased);
  const result = { customerId: customer.id, contactId: null, fields, counts };
  return { erasureId: await writeLog(tx, actor, { ...result, reason: options.reason }), ...result };
}

/**
 * The contact, read after taking its customer's row lock (as every contact write does). A merge can move the
 * contact to another customer meanwhile: then that customer is locked and the contact read again.
 */
async function lockContactsCustomer(tx: Tx, orgId: string, contactId: string) {
  for (;;) {
    const found = isUuid(contactId)
      ? await tx.contact.findFirst({ where: { id: contactId, organizationId: orgId }, select: { customerId: true } })
      : null;
    if (!found) throw notFound("Contact");
    await tx.$queryRaw`SELECT id FROM customer WHERE id = ${found.customerId}::uuid AND organization_id = ${orgId} FOR UPDATE`;
    const contact = await tx.contact.findFirstOrThrow({ where: { id: contactId, organizationId: orgId } });
    if (contact.customerId === found.customerId) return contact;
  }
}

async function eraseContactIn(tx: Tx, actor: ErasureActor, contactId: string, options: ErasureOptions) {
  const { orgId } = actor;
  const contact = await lockContactsCustomer(tx, orgId, contactId);
  if (contact.erasedAt) throw conflict("This contact's personal data was already erased.");
  const fullName = `${contact.firstName} ${contact.lastName}`;
  if (options.confirm !== null && !confirms(options.confirm, [fullName, contact.email])) {
    const message = "Type the contact's full name or email exactly as shown";
    throw new AppError("VALIDATION", `${message}.`, { confirm: [message] });
  }
  const ofContact = Prisma.sql`organization_id = ${orgId} AND id = ${contact.id}::uuid`;
  const fields = { customer: [], contact: await filledColumns(tx, "contact", ofContact) };
  await tx.$executeRaw`
    UPDATE contact SET ${erasedAssignments("contact")}, erased_at = now(), is_primary = false,
      deleted_at = coalesce(deleted_at, now()), deleted_by_id = CASE WHEN deleted_at IS NULL THEN ${actor.userId} ELSE deleted_by_id END,
      version = version + 1, updated_at = now(), updated_by_id = ${actor.userId}
    WHERE ${ofContact}`;
  if (contact.isPrimary) await settlePrimary(tx, orgId, contact.customerId);
  await refreshCustomerSearchText(tx, orgId, contact.customerId);
  const scope = { customerId: contact.customerId, contactId: contact.id };
  // A duplicate pair's reasons may quote the contact's email or phone: the customer's pairs go (the next scan
  // finds the ones that still hold without it).
  const pairs = await tx.$executeRaw`
    DELETE FROM duplicate_pair WHERE organization_id = ${orgId}
      AND (customer_a_id = ${contact.customerId}::uuid OR customer_b_id = ${contact.customerId}::uuid)`;
  const counts: Record<string, number> = {
    contacts: 1,
    ...(await scrubActivities(tx, orgId, scope)),
    importRows: await scrubImportRows(tx, orgId, scope),
    duplicateReviewRows: pairs,
  };
  const erased = { type: "contact.erased", resourceType: "contact", resourceId: contact.id } as const;
  await recordEvent(tx, { ...actor, actor: actor.actorKind }, erased);
  const result = { customerId: contact.customerId, contactId: contact.id, fields, counts };
  return { erasureId: await writeLog(tx, actor, { ...result, reason: options.reason }), ...result };
}

async function inTransaction(work: (tx: Tx) => Promise<ErasureResult>): Promise<ErasureResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, TX_OPTIONS);
    } catch (error) {
      if (isTransientDbError(error) && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

const actorOf = (ctx: Ctx): ErasureActor => ({
  orgId: ctx.orgId,
  userId: ctx.userId,
  actorKind: ctx.actor,
  apiKeyId: ctx.apiKeyId,
});

/** Erases the customer's and all its contacts' personal data (admins; `{ reason, confirm }`). Irreversible. */
export async function eraseCustomer(ctx: Ctx, customerId: string, input: unknown): Promise<ErasureResult> {
  assertCan(ctx, "privacy:erase");
  const { reason, confirm } = parseWith(erasureRequestSchema, input);
  if (!isUuid(customerId)) throw notFound("Customer");
  return inTransaction((tx) => eraseCustomerIn(tx, actorOf(ctx), customerId.toLowerCase(), { reason, confirm }));
}

/** Erases one contact's personal data; the contact is deleted for good (admins; `{ reason, confirm }`). */
export async function eraseContact(ctx: Ctx, contactId: string, input: unknown): Promise<ErasureResult> {
  assertCan(ctx, "privacy:erase");
  const { reason, confirm } = parseWith(erasureRequestSchema, input);
  return inTransaction((tx) => eraseContactIn(tx, actorOf(ctx), contactId.toLowerCase(), { reason, confirm }));
}

const systemReason = (reason: string) => parseWith(erasureRequestSchema.shape.reason, reason);

/** The retention job's erasure: no member acts and nothing is typed; recorded as "system". */
export async function eraseCustomerAsSystem(orgId: string, customerId: string, options: { reason: string }) {
  const actor: ErasureActor = { orgId, userId: null, actorKind: "system" };
  const reason = systemReason(options.reason);
  return inTransaction((tx) => eraseCustomerIn(tx, actor, customerId, { reason, confirm: null }));
}

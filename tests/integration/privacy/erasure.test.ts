// Erasure by anonymization (lib/privacy/erasure.ts): every column lib/privacy/fields.ts classifies personal or
// sensitive is neutral afterwards, every copy of the values is gone (timeline, merge and import records,
// duplicates review, work-order snapshots), the records kept stay, and only admins of the organization may.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDbHandle } from "@/lib/db/client";
import { connectPg } from "@/lib/db/sql";
import type { Ctx } from "@/lib/auth/context";
import { listCustomers } from "@/lib/customers/queries";
import { updateCustomer } from "@/lib/customers/mutations";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { mergeCustomers } from "@/lib/customers/merge/mutations";
import { undoMerge } from "@/lib/customers/merge/undo";
import { restoreContact } from "@/lib/contacts/mutations";
import { eraseContact, eraseCustomer, eraseCustomerAsSystem } from "@/lib/privacy/erasure";
import { erasedCustomerName } from "@/lib/privacy/erasure-schemas";
import { personalColumns } from "@/lib/privacy/fields";
import { makeContact, makeCustomer, makeOrgWithOutsider, rejectionOf, uniq } from "@/tests/factories";
import { makeDuplicates } from "../customer-merge/helpers";

const reason = "Request by email of 2026-12-01";

async function rawRow(table: "customer" | "contact", id: string): Promise<Record<string, unknown>> {
  const rows = await db.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(
    `SELECT to_jsonb(t) AS row FROM ${table} t WHERE id = $1::uuid`,
    id,
  );
  return rows[0]!.row;
}

/** Every personal column holds its neutral value: NULL, or the few NOT NULL columns' fixed neutral text. */
function expectErasedCustomer(row: Record<string, unknown>) {
  const neutral: Record<string, unknown> = {
    name: erasedCustomerName({ id: String(row.id), accountNumber: (row.account_number as string | null) ?? null }),
    search_text: "",
    name_key: "",
    name_trigrams: [],
    email_keys: [],
    phone_keys: [],
  };
  for (const column of personalColumns("customer")) {
    expect.soft(row[column], `customer.${column}`).toEqual(column in neutral ? neutral[column] : null);
  }
  expect(row.erased_at).not.toBeNull();
}

function expectErasedContact(row: Record<string, unknown>) {
  const neutral: Record<string, unknown> = {
    first_name: "Erased",
    last_name: "contact",
    email: `erased-${String(row.id)}@erased.invalid`,
  };
  for (const column of personalColumns("contact")) {
    expect.soft(row[column], `contact.${column}`).toEqual(column in neutral ? neutral[column] : null);
  }
  expect(row.erased_at).not.toBeNull();
  expect(row.deleted_at).not.toBeNull();
  expect(row.is_primary).toBe(false);
}

/** The JSON of every row naming the customer that could hold a copy of its personal data. */
async function heldCopies(orgId: string, customerId: string): Promise<string> {
  const rows = await db.$queryRaw<{ held: unknown }[]>`
    SELECT jsonb_build_array(
      (SELECT jsonb_agg(to_jsonb(a)) FROM activity a WHERE a.customer_id = ${customerId}::uuid),
      (SELECT jsonb_agg(to_jsonb(m)) FROM customer_merge m WHERE m.organization_id = ${orgId}),
      (SELECT jsonb_agg(to_jsonb(r)) FROM import_row_result r WHERE r.customer_id = ${customerId}::uuid),
      (SELECT jsonb_agg(t.cells) FROM import_row_result r JOIN import_staged_row t USING (import_id, row_number)
        WHERE r.customer_id = ${customerId}::uuid),
      (SELECT jsonb_agg(t.cells) FROM import_row_result r JOIN import_row_issue t USING (import_id, row_number)
        WHERE r.customer_id = ${customerId}::uuid),
      (SELECT jsonb_agg(to_jsonb(w)) FROM work_order w WHERE w.customer_id = ${customerId}::uuid),
      (SELECT jsonb_agg(to_jsonb(l)) FROM erasure_log l WHERE l.customer_id = ${customerId}::uuid),
      (SELECT jsonb_agg(to_jsonb(ct)) FROM contact ct WHERE ct.customer_id = ${customerId}::uuid)) AS held`;
  return JSON.stringify(rows[0]!.held).toLowerCase();
}

const search = (ctx: Ctx, q: string) => listCustomers(ctx, parseCustomerListParams({ q, archived: "include" }));

describe("eraseCustomer", () => {
  it("replaces every personal column of the customer and its contacts, keeps work orders, scrubs every copy", async () => {
    const s = await makeDuplicates();
    const { b } = s;
    // Through the mutation, so the timeline holds a diff with the values.
    await updateCustomer(s.ctx, b.id, {
      email: `${uniq("b-")}@example.test`,
      taxId: "DE123456789",
      notes: "Prefers mornings",
      addressLine1: "1 Elm St",
    });
    await db.activity.update({ where: { id: s.note.id }, data: { body: "Spoke with the owner about his divorce" } });
    await db.assetCustomer.update({ where: { id: s.aircraftLink.id }, data: { notes: "Keys with the neighbour" } });
    const [lo, hi] = [s.a.id, b.id].sort();
    await db.duplicatePair.create({
      data: { organizationId: s.org.id, customerAId: lo!, customerBId: hi!, score: 90, reasons: [{ code: "phone" }] },
    });
    const before = await db.customer.findUniqueOrThrow({ where: { id: b.id } });
    // Import undo keeps the before-states of what an import changed: here, B's and its contact's.
    await db.importRowResult.update({
      where: { importId_rowNumber: { importId: s.importId, rowNumber: 2 } },
      data: {
        action: "updated",
        before: { name: before.name, email: before.email, phone: before.phone, country: "US" },
        contactId: s.bPrimary.id,
        contactAction: "updated",
        contactBefore: { firstName: s.bPrimary.firstName, email: s.bPrimary.email },
      },
    });
    // The import kept the file's cells of the row that created B (staged, and as a warning).
    const cells = [before.name, s.bPrimary.email];
    await db.importStagedRow.create({ data: { importId: s.importId, rowNumber: 2, cells } });
    await db.importRowIssue.create({
      data: { importId: s.importId, rowNumber: 2, severity: "warning", messages: [], cells },
    });
    const contactEmails = [s.bPrimary.email, s.bDuplicate.email];
    const secrets = [
      before.name,
      before.email!,
      before.phone!,
      "DE123456789",
      "Prefers mornings",
      "1 Elm St",
      "divorce",
      "Keys with the neighbour",
      "Territory change",
      s.bPrimary.lastName,
      ...contactEmails,
    ].map((v) => v.toLowerCase());

    const result = await eraseCustomer(s.admin, b.id, { reason, confirm: ` ${before.name.toUpperCase()} ` });

    expectErasedCustomer(await rawRow("customer", b.id));
    for (const contact of [s.bPrimary, s.bDuplicate]) expectErasedContact(await rawRow("contact", contact.id));
    expect(result.fields.customer).toEqual(
      expect.arrayContaining(["name", "email", "phone", "tax_id", "notes", "address_line1"]),
    );
    expect(result.fields.contact).toEqual(expect.arrayContaining(["first_name", "last_name", "email"]));

    const held = await heldCopies(s.org.id, b.id);
    for (const secret of secrets) expect.soft(held, secret).not.toContain(secret);

    // Kept: work orders (renamed, address dropped), the ownership history, the asset links.
    const workOrders = await db.workOrder.findMany({ where: { customerId: b.id } });
    expect(workOrders).toHaveLength(2);
    const label = erasedCustomerName(before);
    for (const workOrder of workOrders) {
      expect(workOrder.customerName).toBe(label);
      expect(workOrder.customerSnapshot).toMatchObject({ name: label, email: null, phone: null });
      expect(workOrder.searchText).toContain("erased customer");
    }
    expect(await db.ownershipTransfer.count({ where: { customerId: b.id } })).toBe(1);
    expect(await db.assetCustomer.count({ where: { customerId: b.id } })).toBe(2);
    expect(await db.duplicatePair.count({ where: { OR: [{ customerAId: b.id }, { customerBId: b.id }] } })).toBe(0);
    const importRow = await db.importRowResult.findFirstOrThrow({ where: { importId: s.importId, rowNumber: 2 } });
    expect(importRow.before).toEqual({ name: null, email: null, phone: null, country: "US" });
    const note = await db.activity.findUniqueOrThrow({ where: { id: s.note.id } });
    expect(note).toMatchObject({ body: null, summary: "Note (content erased)" });

    const log = await db.erasureLog.findUniqueOrThrow({ where: { id: result.erasureId } });
    expect(log).toMatchObject({
      customerId: b.id,
      contactId: null,
      erasedById: s.admin.userId,
      reason,
      actorKind: "user",
    });
    const entry = await db.activity.findFirstOrThrow({ where: { customerId: b.id, action: "erased" } });
    expect(entry).toMatchObject({ actorId: s.admin.userId, summary: "Personal data erased" });
    expect(entry.body).toContain(reason);
    expect(entry.body).toContain("tax_id");

    expect((await search(s.admin, before.name)).total).toBe(0);
    expect((await search(s.admin, s.bPrimary.email)).total).toBe(0);
    expect((await rejectionOf(eraseCustomer(s.admin, b.id, { reason, confirm: label }))).code).toBe("CONFLICT");
  });

  it("erases the merged tombstones with the survivor and scrubs the merge record; the merge cannot be undone", async () => {
    const s = await makeDuplicates();
    const { mergeId } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id], fields: { name: s.a.id } });
    await eraseCustomer(s.owner, s.a.id, { reason, confirm: s.a.name });

    expectErasedCustomer(await rawRow("customer", s.b.id));
    // The merge record and the survivor's timeline (whose merge entry quoted the rows before the merge).
    const held = await heldCopies(s.org.id, s.a.id);
    expect(held).toContain(mergeId);
    for (const secret of [s.a.name, s.b.name, s.a.email!, s.b.phone!, s.bPrimary.email]) {
      expect.soft(held, secret).not.toContain(secret.toLowerCase());
    }
    const refusal = await rejectionOf(undoMerge(s.ctx, s.a.id, mergeId));
    expect(refusal.code).toBe("CONFLICT");
    expect(refusal.message).toContain("personal data erased");
  });

  it("keeps the work-order snapshot under the organization's legal hold", async () => {
    const s = await makeDuplicates();
    await db.organization.update({ where: { id: s.org.id }, data: { workOrderLegalHold: true } });
    await eraseCustomer(s.admin, s.b.id, { reason, confirm: s.b.accountNumber! });
    expectErasedCustomer(await rawRow("customer", s.b.id));
    for (const workOrder of await db.workOrder.findMany({ where: { customerId: s.b.id } })) {
      expect(workOrder.customerName).toBe(s.b.name);
      expect(workOrder.customerSnapshot).toMatchObject({ name: s.b.name, phone: s.b.phone });
    }
  });

  it("is for admins and owners of the organization, with the typed confirmation and a reason", async () => {
    const { ctx, outsider } = await makeOrgWithOutsider();
    const customer = await makeCustomer(ctx.owner, { accountNumber: uniq("ACC-") });
    const request = { reason, confirm: customer.name };
    for (const role of ["viewer", "staff", "manager"] as const) {
      expect((await rejectionOf(eraseCustomer(ctx[role], customer.id, request))).code).toBe("FORBIDDEN");
    }
    expect((await rejectionOf(eraseCustomer(outsider, customer.id, request))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(eraseCustomer(ctx.admin, "not-a-uuid", request))).code).toBe("NOT_FOUND");
    const wrong = await rejectionOf(eraseCustomer(ctx.admin, customer.id, { reason, confirm: "yes" }));
    expect(wrong.fieldErrors.confirm).toBeDefined();
    const noReason = await rejectionOf(eraseCustomer(ctx.admin, customer.id, { reason: "  ", confirm: customer.name }));
    expect(noReason.fieldErrors.reason).toBeDefined();
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).erasedAt).toBeNull();

    await eraseCustomer(ctx.admin, customer.id, { reason, confirm: customer.accountNumber! });
    expectErasedCustomer(await rawRow("customer", customer.id));
  });

  // PostgreSQL only: on PGlite (one connection) nothing can commit while the erasure waits.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    "also erases a customer merged into it while the erasure waited for the row lock",
    async () => {
      const { connectionString } = getDbHandle();
      const { ctx } = await makeOrgWithOutsider();
      const survivor = await makeCustomer(ctx.owner);
      const late = await makeCustomer(ctx.owner, { email: `${uniq("late-")}@example.test` });
      const holder = await connectPg(connectionString!);
      try {
        // Another connection merges `late` into the survivor, holding the survivor's lock as a merge does.
        await holder.exec("BEGIN");
        await holder.query("SELECT 1 FROM customer WHERE id = $1 FOR UPDATE", [survivor.id]);
        await holder.query("UPDATE customer SET merged_into_id = $1, merged_at = now() WHERE id = $2", [
          survivor.id,
          late.id,
        ]);
        const pending = eraseCustomer(ctx.admin, survivor.id, { reason, confirm: survivor.name });
        for (let waited = 0; waited < 10_000; waited += 50) {
          const [row] = await holder.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
          );
          if ((row?.n ?? 0) >= 1) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await holder.exec("COMMIT");
        expect((await pending).counts.customers).toBe(2);
      } finally {
        await holder.close();
      }
      expectErasedCustomer(await rawRow("customer", late.id));
    },
  );

  it("has a system variant for the retention job, recorded as such", async () => {
    const { ctx } = await makeOrgWithOutsider();
    const customer = await makeCustomer(ctx.owner, { email: `${uniq("r-")}@example.test` });
    const result = await eraseCustomerAsSystem(ctx.owner.orgId, customer.id, {
      reason: "Retention: archived 24 months",
    });
    expectErasedCustomer(await rawRow("customer", customer.id));
    expect(await db.erasureLog.findUniqueOrThrow({ where: { id: result.erasureId } })).toMatchObject({
      actorKind: "system",
      erasedById: null,
    });
  });
});

describe("eraseContact", () => {
  it("erases one contact and deletes it for good; the customer and its other contacts stay", async () => {
    const { ctx, outsider } = await makeOrgWithOutsider();
    const customer = await makeCustomer(ctx.owner);
    const erased = await makeContact(ctx.owner, customer.id, { phone: "+1 202 555 0199", jobTitle: "Chief pilot" });
    const kept = await makeContact(ctx.owner, customer.id);
    expect(erased.isPrimary).toBe(true);
    const confirm = `${erased.firstName} ${erased.lastName}`;
    expect((await rejectionOf(eraseContact(ctx.manager, erased.id, { reason, confirm }))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(eraseContact(outsider, erased.id, { reason, confirm }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(eraseContact(ctx.admin, erased.id, { reason, confirm: kept.email }))).code).toBe(
      "VALIDATION",
    );

    const result = await eraseContact(ctx.admin, erased.id, { reason, confirm: erased.email });
    expect(result).toMatchObject({ customerId: customer.id, contactId: erased.id });
    expectErasedContact(await rawRow("contact", erased.id));
    expect(await db.contact.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      email: kept.email,
      isPrimary: true,
      deletedAt: null,
    });
    const after = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(after).toMatchObject({ name: customer.name, erasedAt: null });
    expect(after.searchText).not.toContain(erased.email.toLowerCase());
    expect(after.searchText).toContain(kept.email.toLowerCase());
    const held = await heldCopies(ctx.owner.orgId, customer.id);
    for (const secret of [erased.email, erased.lastName, "Chief pilot", "555 0199"]) {
      expect.soft(held, secret).not.toContain(secret.toLowerCase());
    }
    expect((await search(ctx.admin, erased.email)).total).toBe(0);
    expect((await rejectionOf(restoreContact(ctx.admin, erased.id))).code).toBe("CONFLICT");
    expect(await db.erasureLog.count({ where: { contactId: erased.id } })).toBe(1);
  });
});

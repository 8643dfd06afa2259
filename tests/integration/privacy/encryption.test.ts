// PII at rest: tax id, date of birth and internal notes are ciphertext in every column and snapshot that
// holds them (create, update, import, bulk, merge and their undo), readable through the data layer,
// never in search_text; rotation moves everything to the active key so older keys can be dropped.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { getCustomer } from "@/lib/customers/queries";
import { mergeCustomers } from "@/lib/customers/merge/mutations";
import { undoMerge } from "@/lib/customers/merge/undo";
import { listActivity } from "@/lib/activity/queries";
import { revertChange } from "@/lib/activity/mutations";
import { undoImport } from "@/lib/imports/mutations";
import { runPendingJobs } from "@/lib/jobs";
import { rotatePii } from "@/lib/privacy/rotate";
import { collectBundle } from "@/lib/privacy/export-bundle";
import { parsePiiKeys, sealPii } from "@/lib/privacy/crypto";
import { fieldErrorsOf, makeContact, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";
import * as collection from "@/app/api/v1/customers/route";
import * as item from "@/app/api/v1/customers/[id]/route";
import { call, makeApiKey } from "../../support/api";
import { run } from "../customer-bulk/helpers";
import { csv, importCsv } from "../imports/helpers";

const key = () => randomBytes(32).toString("base64");
const oldKey = `old:${key()}`;
const newKey = `new:${key()}`;
const savedKeys = process.env.PII_KEYS;

let manager: Ctx;
let admin: Ctx;

beforeAll(async () => {
  process.env.PII_KEYS = oldKey;
  ({
    ctx: { manager, admin },
  } = await makeOrgWithRoles());
});

afterAll(() => {
  if (savedKeys === undefined) delete process.env.PII_KEYS;
  else process.env.PII_KEYS = savedKeys;
});

interface RawCustomer {
  tax_id: string | null;
  date_of_birth: string | null;
  internal_notes: string | null;
  search_text: string;
}

const raw = async (id: string) =>
  (
    await db.$queryRaw<RawCustomer[]>`
      SELECT tax_id, date_of_birth, internal_notes, search_text FROM customer WHERE id = ${id}::uuid`
  )[0]!;

/** Every stored value is ciphertext under `keyId` and none of the plaintexts appears anywhere in the row. */
async function expectSealed(id: string, plaintexts: string[], keyId = "old") {
  const row = await raw(id);
  for (const column of ["tax_id", "date_of_birth", "internal_notes"] as const) {
    const value = row[column];
    if (value !== null) expect(value, column).toMatch(new RegExp(`^v1:${keyId}:[\\w-]{16}:[\\w-]{22,}$`));
  }
  const text = JSON.stringify(row).toLowerCase();
  for (const plain of plaintexts) expect(text).not.toContain(plain.toLowerCase());
}

/** The plaintexts appear in no activity, merge or import snapshot of the organization. */
async function expectNoPlaintextInSnapshots(orgId: string, plaintexts: string[]) {
  const [snapshots] = await db.$queryRaw<{ text: string }[]>`
    SELECT concat_ws(' ',
      (SELECT string_agg(concat(changes::text, ' ', body), ' ') FROM activity WHERE organization_id = ${orgId}),
      (SELECT string_agg(before::text, ' ') FROM customer_merge WHERE organization_id = ${orgId}),
      (SELECT string_agg(r.before::text, ' ') FROM import_row_result r
         JOIN import i ON i.id = r.import_id WHERE i.organization_id = ${orgId})) AS text`;
  for (const plain of plaintexts) expect(snapshots!.text ?? "").not.toContain(plain);
}

describe("encrypted customer fields", () => {
  it("stores ciphertext on create and update, answers plaintext, and keeps the diff sealed", async () => {
    const taxId = uniq("TAX-");
    const customer = await createCustomer(manager, {
      kind: "person",
      firstName: "Dora",
      lastName: uniq("Birth"),
      taxId,
      dateOfBirth: "1984-02-29",
      internalNotes: "Pays late, prefers calls",
    });
    expect(customer).toMatchObject({ taxId, dateOfBirth: "1984-02-29", internalNotes: "Pays late, prefers calls" });
    await expectSealed(customer.id, [taxId, "1984-02-29", "Pays late"]);
    expect(await getCustomer(manager, customer.id)).toMatchObject({ taxId, dateOfBirth: "1984-02-29" });

    const newTaxId = uniq("TAX-");
    const updated = await updateCustomer(manager, customer.id, { taxId: newTaxId, internalNotes: "Now pays on time" });
    expect(updated).toMatchObject({ taxId: newTaxId, dateOfBirth: "1984-02-29", internalNotes: "Now pays on time" });
    await expectSealed(customer.id, [newTaxId, "1984-02-29", "pays on time"]);
    await expectNoPlaintextInSnapshots(manager.orgId, [taxId, newTaxId, "Pays late", "pays on time"]);

    // The timeline reads the change in plain text, and reverting it puts the old values back (sealed).
    const { items } = await listActivity(manager, customer.id);
    const change = items.find((item) => item.action === "updated")!;
    expect(change.changes).toEqual({
      taxId: { from: taxId, to: newTaxId },
      internalNotes: { from: "Pays late, prefers calls", to: "Now pays on time" },
    });
    await revertChange(manager, change.id, { customerId: customer.id });
    expect(await getCustomer(manager, customer.id)).toMatchObject({ taxId, internalNotes: "Pays late, prefers calls" });
    await expectSealed(customer.id, [taxId, "Pays late"]);
  });

  it("takes and answers them over REST in plain text (checked against the OpenAPI document)", async () => {
    const key = await makeApiKey(manager.orgId, "manager");
    const created = await call(collection.POST, "POST", "/api/v1/customers", {
      key,
      body: { kind: "person", firstName: "Rest", lastName: uniq("Api"), taxId: "REST-TAX", dateOfBirth: "1999-12-31" },
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ taxId: "REST-TAX", dateOfBirth: "1999-12-31" });
    const id = created.json.data.id as string;
    await expectSealed(id, ["REST-TAX", "1999-12-31"]);
    const read = await call(item.GET, "GET", `/api/v1/customers/${id}?include=internalNotes`, { key, params: { id } });
    expect(read.json.data).toMatchObject({ taxId: "REST-TAX", dateOfBirth: "1999-12-31", internalNotes: null });
    const invalid = await call(item.PATCH, "PATCH", `/api/v1/customers/${id}`, {
      key,
      params: { id },
      body: { dateOfBirth: "1999-02-30" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.details.dateOfBirth).toEqual(["1999-02-30 is not a day on the calendar"]);
  });

  it("hands a subject access export the plain values (row, diffs, undo data), no ciphertext", async () => {
    const customer = await createCustomer(manager, { name: uniq("Export "), taxId: "EXP-TAX-1" });
    await updateCustomer(manager, customer.id, { taxId: "EXP-TAX-2", internalNotes: "export note" });
    const sections = await db.$transaction((tx) => collectBundle(tx, manager.orgId, customer.id));
    const text = JSON.stringify(sections);
    for (const plain of ["EXP-TAX-1", "EXP-TAX-2", "export note"]) expect(text).toContain(plain);
    expect(text).not.toMatch(/v1:[\w-]+:[\w-]{16}:/);
  });

  it("reads through nested includes too", async () => {
    const taxId = uniq("NEST-");
    const customer = await createCustomer(manager, { name: uniq("Nested "), taxId });
    const contact = await makeContact(manager, customer.id);
    const read = await db.contact.findUniqueOrThrow({ where: { id: contact.id }, include: { customer: true } });
    expect(read.customer.taxId).toBe(taxId);
  });

  it("keeps a date of birth only for persons and refuses input that looks encrypted", async () => {
    const company = await createCustomer(manager, { name: uniq("Company "), dateOfBirth: "1990-01-01" });
    expect(company.dateOfBirth).toBeNull();
    expect((await raw(company.id)).date_of_birth).toBeNull();
    const lookalike = `v1:old:${"A".repeat(16)}:${"B".repeat(22)}`;
    expect(await fieldErrorsOf(createCustomer(manager, { name: uniq("Forged "), taxId: lookalike }))).toMatchObject({
      taxId: [expect.stringContaining("form of an encrypted value")],
    });
    expect(
      await fieldErrorsOf(
        createCustomer(manager, { kind: "person", firstName: "X", lastName: "Y", dateOfBirth: "2999-01-01" }),
      ),
    ).toMatchObject({ dateOfBirth: ["Date of birth cannot be in the future"] });
  });

  it("never puts them in search_text", async () => {
    const taxId = uniq("SRCH");
    const customer = await createCustomer(manager, {
      kind: "person",
      firstName: "Search",
      lastName: uniq("Less"),
      taxId,
      dateOfBirth: "1970-07-07",
      internalNotes: "zebracorn remark",
    });
    const { search_text } = await raw(customer.id);
    expect(search_text).not.toContain(taxId.toLowerCase());
    expect(search_text).not.toContain("1970");
    expect(search_text).not.toContain("zebracorn");
  });

  it("fails clearly when a stored value was tampered with", async () => {
    const customer = await createCustomer(manager, { name: uniq("Tampered "), taxId: uniq("T-") });
    const { tax_id } = await raw(customer.id);
    const altered = `${tax_id!.slice(0, -2)}${tax_id!.endsWith("AA") ? "BB" : "AA"}`;
    await db.$executeRaw`UPDATE customer SET tax_id = ${altered} WHERE id = ${customer.id}::uuid`;
    await expect(getCustomer(manager, customer.id)).rejects.toThrow(
      'customer.tax_id failed its integrity check under key "old": the stored value was altered or truncated.',
    );
    await db.$executeRaw`UPDATE customer SET tax_id = ${tax_id} WHERE id = ${customer.id}::uuid`;
  });

  it("imports them sealed (customers, undo data, diffs), and undo restores them sealed", async () => {
    const account = uniq("IMP-");
    const header = ["Account Number", "Company", "Tax ID", "Internal notes"];
    const created = await importCsv(manager, csv([header, [account, "Imported Co", "IMP-TAX-1", "first import note"]]));
    expect(created).toMatchObject({ created: 1, failed: 0 });
    const customer = await db.customer.findFirstOrThrow({
      where: { organizationId: manager.orgId, accountNumber: account },
    });
    expect(customer).toMatchObject({ taxId: "IMP-TAX-1", internalNotes: "first import note" });
    await expectSealed(customer.id, ["IMP-TAX-1", "first import note"]);

    const updated = await importCsv(manager, csv([header, [account, "Imported Co", "IMP-TAX-2", "second note"]]), {
      mode: "update",
    });
    expect(updated).toMatchObject({ updated: 1, failed: 0 });
    await expectSealed(customer.id, ["IMP-TAX-2", "second note"]);
    await expectNoPlaintextInSnapshots(manager.orgId, ["IMP-TAX-1", "IMP-TAX-2", "first import note", "second note"]);

    await undoImport(manager, updated.id);
    await runPendingJobs({ limit: 5 });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      taxId: "IMP-TAX-1",
      internalNotes: "first import note",
    });
    await expectSealed(customer.id, ["IMP-TAX-1", "first import note"]);
    await expectNoPlaintextInSnapshots(manager.orgId, ["IMP-TAX-1", "IMP-TAX-2", "first import note", "second note"]);
  });

  it("imports a person's date of birth from a Date of Birth column, sealed", async () => {
    const account = uniq("DOB-");
    const result = await importCsv(
      manager,
      csv([
        ["Account Number", "First Name", "Last Name", "Date of Birth"],
        [account, "Ida", "Import", "1977-03-14"],
      ]),
    );
    expect(result).toMatchObject({ created: 1, failed: 0 });
    const customer = await db.customer.findFirstOrThrow({
      where: { organizationId: manager.orgId, accountNumber: account },
    });
    expect(customer).toMatchObject({ kind: "person", dateOfBirth: "1977-03-14" });
    await expectSealed(customer.id, ["1977-03-14"]);
  });

  it("leaves them sealed through a bulk edit", async () => {
    const customer = await createCustomer(manager, { name: uniq("Bulk "), taxId: "BULK-TAX", internalNotes: "bulk" });
    const result = await run(manager, { action: "addTags", params: { tags: ["sealed"] }, ids: [customer.id] });
    expect(result).toMatchObject({ updated: 1 });
    await expectSealed(customer.id, ["BULK-TAX"]);
    expect(await getCustomer(manager, customer.id)).toMatchObject({ taxId: "BULK-TAX", tags: ["sealed"] });
  });

  it("merges and undoes a merge with ciphertext in every snapshot", async () => {
    const a = await createCustomer(manager, { name: uniq("Merge A "), internalNotes: "survivor note" });
    const b = await createCustomer(manager, {
      kind: "person",
      firstName: "Merged",
      lastName: uniq("B"),
      taxId: "MERGE-TAX",
      dateOfBirth: "1961-11-11",
    });
    await mergeCustomers(admin, a.id, { from: [b.id], fields: { taxId: b.id, name: b.id } });
    expect(await getCustomer(manager, a.id)).toMatchObject({
      taxId: "MERGE-TAX",
      dateOfBirth: "1961-11-11",
      internalNotes: "survivor note",
    });
    await expectSealed(a.id, ["MERGE-TAX", "1961-11-11", "survivor note"]);
    await expectNoPlaintextInSnapshots(manager.orgId, ["MERGE-TAX", "1961-11-11", "survivor note"]);
    // The timeline shows the merge's before-state and diff in plain text.
    const merged = (await listActivity(manager, a.id)).items.find((entry) => entry.action === "merged")!;
    expect(merged.changes).toMatchObject({ taxId: { from: null, to: "MERGE-TAX" } });
    expect(JSON.parse(merged.body!)).toMatchObject({
      before: expect.arrayContaining([expect.objectContaining({ taxId: "MERGE-TAX", dateOfBirth: "1961-11-11" })]),
    });

    const merge = await db.customerMerge.findFirstOrThrow({ where: { survivorId: a.id } });
    await undoMerge(admin, a.id, merge.id);
    expect(await getCustomer(manager, b.id)).toMatchObject({ taxId: "MERGE-TAX", dateOfBirth: "1961-11-11" });
    expect(await getCustomer(manager, a.id)).toMatchObject({ taxId: null, internalNotes: "survivor note" });
    await expectSealed(b.id, ["MERGE-TAX", "1961-11-11"]);
  });
});

describe("key rotation", () => {
  it("re-encrypts plaintext and old-key values under the active key, after which the old key can go", async () => {
    const { manager: ctx } = (await makeOrgWithRoles()).ctx;
    const sealedEarlier = await createCustomer(ctx, {
      kind: "person",
      firstName: "Rota",
      lastName: uniq("Tion"),
      taxId: "ROT-OLD",
      dateOfBirth: "1950-05-05",
    });
    await updateCustomer(ctx, sealedEarlier.id, { taxId: "ROT-OLD-2" });
    // A row written before encryption existed: plaintext in the columns and in its timeline diff.
    const legacy = await createCustomer(ctx, { name: uniq("Legacy ") });
    await db.$executeRaw`UPDATE customer SET tax_id = 'LEGACY-TAX', internal_notes = 'legacy note'
      WHERE id = ${legacy.id}::uuid`;
    await db.activity.create({
      data: {
        organizationId: ctx.orgId,
        customerId: legacy.id,
        type: "change",
        entityType: "customer",
        entityId: legacy.id,
        action: "updated",
        summary: "Customer details updated",
        changes: { taxId: { from: null, to: "LEGACY-TAX" } },
      },
    });
    expect(await getCustomer(ctx, legacy.id)).toMatchObject({ taxId: "LEGACY-TAX" });

    process.env.PII_KEYS = `${newKey},${oldKey}`;
    expect(await getCustomer(ctx, sealedEarlier.id)).toMatchObject({ taxId: "ROT-OLD-2" });
    const seen: string[] = [];
    const results = await rotatePii({
      organizationId: ctx.orgId,
      batchSize: 1,
      onProgress: ({ target }) => seen.push(target),
    });
    expect(results.find((r) => r.target === "customer")).toMatchObject({ scanned: 2, rewritten: 2 });
    expect(results.find((r) => r.target === "activity.changes")?.rewritten).toBeGreaterThanOrEqual(2);
    expect(seen).toContain("customer");
    await expectSealed(sealedEarlier.id, ["ROT-OLD", "1950-05-05"], "new");
    await expectSealed(legacy.id, ["LEGACY-TAX", "legacy note"], "new");
    await expectNoPlaintextInSnapshots(ctx.orgId, ["LEGACY-TAX", "ROT-OLD"]);
    // A second run finds nothing left to do.
    const again = await rotatePii({ organizationId: ctx.orgId });
    expect(again.every((r) => r.rewritten === 0)).toBe(true);

    process.env.PII_KEYS = newKey;
    expect(await getCustomer(ctx, sealedEarlier.id)).toMatchObject({ taxId: "ROT-OLD-2", dateOfBirth: "1950-05-05" });
    expect(await getCustomer(ctx, legacy.id)).toMatchObject({ taxId: "LEGACY-TAX", internalNotes: "legacy note" });
    const { items } = await listActivity(ctx, sealedEarlier.id);
    expect(items.find((item) => item.action === "updated")?.changes).toEqual({
      taxId: { from: "ROT-OLD", to: "ROT-OLD-2" },
    });
  });

  it("refuses to read a value under a key no longer configured, naming the key; timelines show it as unreadable", async () => {
    process.env.PII_KEYS = oldKey;
    const customer = await createCustomer(manager, { name: uniq("Orphan "), taxId: "ORPHAN" });
    await updateCustomer(manager, customer.id, { taxId: "ORPHAN-2" });
    process.env.PII_KEYS = newKey;
    try {
      const error = await rejectionOf(getCustomer(manager, customer.id));
      expect(error.message).toContain('customer.tax_id is encrypted under key "old", which PII_KEYS does not hold');
      // The timeline still opens (here its customer row was re-encrypted, its diff not), showing what it cannot
      // read; such a change cannot be reverted.
      const resealed = sealPii("ORPHAN-2", "customer.tax_id", parsePiiKeys(newKey));
      await db.$executeRaw`UPDATE customer SET tax_id = ${resealed} WHERE id = ${customer.id}::uuid`;
      expect(await getCustomer(manager, customer.id)).toMatchObject({ taxId: "ORPHAN-2" });
      const { items } = await listActivity(manager, customer.id);
      const change = items.find((entry) => entry.action === "updated")!;
      expect(change.changes).toEqual({
        taxId: { from: "(encrypted under a retired key)", to: "(encrypted under a retired key)" },
      });
      expect(await rejectionOf(revertChange(manager, change.id, { customerId: customer.id }))).toMatchObject({
        code: "CONFLICT",
        message: "This change cannot be reverted: it holds a value encrypted under a key that was retired.",
      });
    } finally {
      process.env.PII_KEYS = oldKey;
    }
  });
});

// Consent and preferences (issue 13, item 7): every change of a customer's or contact's marketing consent,
// newsletter, preferred contact method and verified flags is recorded with when, by whom and from where
// (form, import, API); the list's "has marketing consent" filter and the export's consent columns.
import { describe, expect, it } from "vitest";
import * as customersRoute from "@/app/api/v1/customers/route";
import * as customerRoute from "@/app/api/v1/customers/[id]/route";
import * as contactRoute from "@/app/api/v1/customers/[id]/contacts/[contactId]/route";
import { db } from "@/lib/db";
import { listConsentHistory } from "@/lib/consent/queries";
import { updateContact } from "@/lib/contacts/mutations";
import { advancedFilterConditions } from "@/lib/customers/filter-conditions";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { updateCustomer } from "@/lib/customers/mutations";
import { listCustomers } from "@/lib/customers/queries";
import { fieldErrorsOf, makeContact, makeCustomer, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";
import { call, makeApiKey } from "@/tests/support/api";
import { columnOf, exportCsv } from "../customer-export/helpers";
import { csv, importCsv } from "../imports/helpers";
import { runPendingJobs } from "@/lib/jobs";
import { undoImport } from "@/lib/imports/mutations";

const changesOf = (customerId: string) =>
  db.consentChange.findMany({ where: { customerId }, orderBy: [{ createdAt: "asc" }, { field: "asc" }] });

describe("consent history", () => {
  it("records a form's create and edits field by field, with the user, and nothing for an unchanged save", async () => {
    const { staff, manager } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff, { marketingConsent: "granted", preferredContactMethod: "sms" });
    expect(customer).toMatchObject({ marketingConsent: "granted", newsletter: false, emailVerified: false });
    await updateCustomer(manager, customer.id, { marketingConsent: "withdrawn", newsletter: true });
    await updateCustomer(manager, customer.id, { notes: "Called back" });

    const rows = await changesOf(customer.id);
    expect(rows.map((r) => [r.field, r.fromValue, r.toValue, r.source, r.actorId, r.contactId])).toEqual([
      ["marketingConsent", "not_asked", "granted", "form", staff.userId, null],
      ["preferredContactMethod", null, "sms", "form", staff.userId, null],
      ["marketingConsent", "granted", "withdrawn", "form", manager.userId, null],
      ["newsletter", "false", "true", "form", manager.userId, null],
    ]);

    const history = await listConsentHistory(manager, customer.id);
    expect(history[0]).toMatchObject({ field: "marketingConsent", from: "granted", to: "withdrawn", source: "form" });
    expect(history[0]!.by).toMatch(/^User /);
    expect(history).toHaveLength(4);
  });

  it("records a contact's changes under its customer, with the contact", async () => {
    const { staff } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff);
    const contact = await makeContact(staff, customer.id, { marketingConsent: "granted" });
    await updateContact(staff, contact.id, { phoneVerified: true, marketingConsent: "withdrawn" });
    const history = await listConsentHistory(staff, customer.id);
    expect(history.map((h) => [h.contact?.id, h.field, h.from, h.to])).toEqual([
      [contact.id, "marketingConsent", "granted", "withdrawn"],
      [contact.id, "phoneVerified", "false", "true"],
      [contact.id, "marketingConsent", "not_asked", "granted"],
    ]);
    expect(history[0]!.contact!.name).toBe(`${contact.firstName} ${contact.lastName}`);
  });

  it("records REST writes as the API, naming the key", async () => {
    const { org, viewer } = await makeOrgWithRoles();
    const key = await makeApiKey(org.id, "manager");
    const created = await call(customersRoute.POST, "POST", "/api/v1/customers", {
      key,
      body: { name: uniq("Api "), marketingConsent: "granted", emailVerified: true },
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ marketingConsent: "granted", emailVerified: true, newsletter: false });
    const id = created.json.data.id as string;
    const patched = await call(customerRoute.PATCH, "PATCH", `/api/v1/customers/${id}`, {
      key,
      params: { id },
      body: { newsletter: true },
    });
    expect(patched.status).toBe(200);

    const rows = await changesOf(id);
    expect(rows.map((r) => [r.field, r.toValue, r.source, r.actorKind])).toEqual([
      ["emailVerified", "true", "api", "apiKey"],
      ["marketingConsent", "granted", "api", "apiKey"],
      ["newsletter", "true", "api", "apiKey"],
    ]);
    expect(rows.every((r) => r.apiKeyId !== null)).toBe(true);
    expect((await listConsentHistory(viewer, id))[0]!.by).toBe("API key key-manager");
  });

  it("records a contact's REST patch as the API", async () => {
    const { org, staff } = await makeOrgWithRoles();
    const key = await makeApiKey(org.id, "staff");
    const customer = await makeCustomer(staff);
    const contact = await makeContact(staff, customer.id);
    const params = { id: customer.id, contactId: contact.id };
    const path = `/api/v1/customers/${customer.id}/contacts/${contact.id}`;
    const patched = await call(contactRoute.PATCH, "PATCH", path, { key, params, body: { newsletter: true } });
    expect(patched.status).toBe(200);
    expect(patched.json.data.newsletter).toBe(true);
    const rows = await changesOf(customer.id);
    expect(rows.map((r) => [r.contactId, r.field, r.source])).toEqual([[contact.id, "newsletter", "api"]]);
  });

  it("records an import's values as the import, reading yes/no and labels, and only what changed on an update", async () => {
    const { manager } = await makeOrgWithRoles();
    const account = uniq("ACC-");
    const first = await importCsv(
      manager,
      csv([
        ["Name", "Account number", "Marketing consent", "Newsletter", "Preferred contact method", "Email verified"],
        ["Skyline Aviation", account, "yes", "no", "Text message", "true"],
      ]),
    );
    expect(first).toMatchObject({ created: 1, failed: 0 });
    const customer = await db.customer.findFirstOrThrow({
      where: { organizationId: manager.orgId, accountNumber: account },
    });
    expect(customer).toMatchObject({ marketingConsent: "granted", newsletter: false, preferredContactMethod: "sms" });

    const second = await importCsv(
      manager,
      csv([
        ["Account number", "Marketing consent"],
        [account, "Withdrawn"],
      ]),
      { mode: "update", matchOn: "accountNumber" },
    );
    const rows = await changesOf(customer.id);
    expect(rows.map((r) => [r.field, r.fromValue, r.toValue, r.source, r.actorId])).toEqual([
      ["emailVerified", "false", "true", "import", manager.userId],
      ["marketingConsent", "not_asked", "granted", "import", manager.userId],
      ["preferredContactMethod", null, "sms", "import", manager.userId],
      ["marketingConsent", "granted", "withdrawn", "import", manager.userId],
    ]);

    // Undoing the update puts the consent back, and says so.
    await undoImport(manager, second.id);
    await runPendingJobs({ limit: 10 });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).marketingConsent).toBe("granted");
    const last = (await changesOf(customer.id)).at(-1)!;
    expect([last.field, last.fromValue, last.toValue, last.source]).toEqual([
      "marketingConsent",
      "withdrawn",
      "granted",
      "import",
    ]);
  });

  it("refuses an unknown consent with a message on the field, recording nothing", async () => {
    const { staff } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff);
    const errors = await fieldErrorsOf(
      updateCustomer(staff, customer.id, { marketingConsent: "maybe", newsletter: "yes" }),
    );
    expect(errors).toEqual({
      marketingConsent: ["Choose granted, withdrawn or not asked"],
      newsletter: ["Newsletter must be true or false"],
    });
    expect(await changesOf(customer.id)).toEqual([]);
  });

  it("lets viewers read the history but not change consent, and hides another organization's customer", async () => {
    const [home, other] = await Promise.all([makeOrgWithRoles(), makeOrgWithRoles()]);
    const customer = await makeCustomer(home.staff, { newsletter: true });
    expect(await listConsentHistory(home.viewer, customer.id)).toHaveLength(1);
    expect((await rejectionOf(updateCustomer(home.viewer, customer.id, { newsletter: false }))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(listConsentHistory(other.owner, customer.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(updateCustomer(other.owner, customer.id, { newsletter: false }))).code).toBe("NOT_FOUND");
    expect((await changesOf(customer.id)).map((r) => r.toValue)).toEqual(["true"]);
  });
});

describe("has marketing consent", () => {
  it("filters the list and the export, whose consent columns read back as the importer reads them", async () => {
    const { staff } = await makeOrgWithRoles();
    const tag = uniq("consent-");
    const granted = await makeCustomer(staff, { tags: [tag], marketingConsent: "granted", newsletter: true });
    await makeContact(staff, granted.id, { marketingConsent: "withdrawn" });
    const withdrawn = await makeCustomer(staff, { tags: [tag], marketingConsent: "withdrawn" });
    const notAsked = await makeCustomer(staff, { tags: [tag] });

    const list = (marketingConsent: string) =>
      listCustomers(staff, parseCustomerListParams({ tag, marketingConsent })).then((r) => r.rows.map((row) => row.id));
    expect(await list("yes")).toEqual([granted.id]);
    expect((await list("no")).sort()).toEqual([withdrawn.id, notAsked.id].sort());
    expect((await list("maybe")).sort()).toEqual([granted.id, withdrawn.id, notAsked.id].sort());

    const consenting = await exportCsv(staff, { tag, marketingConsent: "yes", includeContacts: "true" });
    expect(columnOf(consenting.header, consenting.rows, "ID")).toEqual([granted.id]);
    expect(columnOf(consenting.header, consenting.rows, "Marketing consent")).toEqual(["Granted"]);
    expect(columnOf(consenting.header, consenting.rows, "Newsletter")).toEqual(["yes"]);
    expect(columnOf(consenting.header, consenting.rows, "Contact 1 marketing consent")).toEqual(["Withdrawn"]);
    expect(columnOf(consenting.header, consenting.rows, "Contact 1 newsletter")).toEqual(["no"]);
    const all = await exportCsv(staff, { tag, sort: "name" });
    expect(all.header).toEqual(
      expect.arrayContaining([
        "Marketing consent",
        "Newsletter",
        "Preferred contact method",
        "Email verified",
        "Phone verified",
      ]),
    );
    expect(columnOf(all.header, all.rows, "Marketing consent").sort()).toEqual(["Granted", "Not asked", "Withdrawn"]);
  });

  it("writes the condition of the partial index of consenting customers, so the planner can use it", async () => {
    const { staff } = await makeOrgWithRoles();
    const [condition] = advancedFilterConditions(staff, parseCustomerListParams({ marketingConsent: "yes" }));
    expect(condition!.sql).toBe("marketing_consent = 'granted'");
    expect(condition!.values).toEqual([]);
    const indexes = await db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE indexname = 'customer_marketing_consent_idx'`;
    expect(indexes[0]?.indexdef).toContain("(organization_id, archived_at, id)");
    expect(indexes[0]?.indexdef).toContain("WHERE (marketing_consent = 'granted'::marketing_consent)");
  });
});

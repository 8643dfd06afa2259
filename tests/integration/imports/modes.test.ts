// Import modes and match keys: create, update and upsert on account number or email; only the file's
// non-blank columns change an existing customer; contacts created/updated with one primary.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCustomer } from "@/lib/customers/mutations";
import { listImportIssues } from "@/lib/imports/queries";
import { csv, importCsv } from "./helpers";
import { makeOrgWithRoles } from "@/tests/factories";

const { manager } = await makeOrgWithRoles();

const header = ["Account Number", "Company", "Email", "Phone", "City", "Country"];

describe("import modes", () => {
  it("creates customers with normalized values, search text and activity", async () => {
    const result = await importCsv(
      manager,
      csv([
        header,
        ["A-1", "Summit Air", "OPS@Summit.example", "(865) 555-0142", "Knoxville", "US"],
        ["A-2", "Zürich Jet", "", "", "Zürich", "CH"],
      ]),
      { mode: "create" },
    );
    expect(result).toMatchObject({ status: "completed", total: 2, processed: 2, created: 2, updated: 0, failed: 0 });
    const summit = await db.customer.findFirstOrThrow({
      where: { organizationId: manager.orgId, accountNumber: "A-1" },
    });
    expect(summit).toMatchObject({
      name: "Summit Air",
      email: "ops@summit.example",
      phone: "+18655550142",
      kind: "company",
      currency: "USD",
      version: 1,
      ownerId: manager.userId,
    });
    expect(summit.searchText).toContain("summit air");
    const zurich = await db.customer.findFirstOrThrow({
      where: { organizationId: manager.orgId, accountNumber: "A-2" },
    });
    expect(zurich.searchText).toContain("zurich jet");
    expect(await db.activity.count({ where: { customerId: summit.id, action: "created" } })).toBe(1);
  });

  it("create-only skips rows whose account number exists, with a warning", async () => {
    await importCsv(manager, csv([header, ["B-1", "Bravo", "", "", "", ""]]));
    const result = await importCsv(
      manager,
      csv([header, ["b-1", "Bravo Renamed", "", "", "", ""], ["B-2", "Bravo Two", "", "", "", ""]]),
      { mode: "create" },
    );
    expect(result).toMatchObject({ created: 1, skipped: 1, warnings: 1, failed: 0 });
    expect(
      (await db.customer.findFirstOrThrow({ where: { organizationId: manager.orgId, accountNumber: "B-1" } })).name,
    ).toBe("Bravo");
    const issues = await listImportIssues(manager, result.id);
    expect(issues.rows).toEqual([
      {
        rowNumber: 2,
        severity: "warning",
        messages: [{ column: "Account Number", message: expect.stringMatching(/already exists/) }],
      },
    ]);
  });

  it("update-only changes only the mapped non-blank columns and skips unknown keys", async () => {
    const existing = await createCustomer(manager, {
      name: "Charlie Aviation",
      accountNumber: "C-1",
      city: "Austin",
      phone: "+15125550100",
    });
    const result = await importCsv(
      manager,
      csv([
        ["Account Number", "City"],
        ["C-1", "Dallas"],
        ["C-404", "Nowhere"],
      ]),
      { mode: "update" },
    );
    expect(result).toMatchObject({ updated: 1, skipped: 1, created: 0, failed: 0 });
    const after = await db.customer.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({
      name: "Charlie Aviation",
      city: "Dallas",
      phone: "+15125550100",
      version: existing.version + 1,
    });
    const activity = await db.activity.findFirstOrThrow({ where: { customerId: existing.id, action: "updated" } });
    expect(activity.changes).toEqual({ city: { from: "Austin", to: "Dallas" } });
  });

  it("upsert matches on email, creates the rest, and leaves unchanged rows alone", async () => {
    const existing = await createCustomer(manager, { name: "Delta Ops", email: "delta@ops.example" });
    const text = csv([
      ["Name", "Email", "City", "Credit Limit"],
      ["Delta Ops", "DELTA@ops.example", "Memphis", "2500.5"],
      ["Echo", "echo@ops.example", "Reno", ""],
    ]);
    const first = await importCsv(manager, text, { mode: "upsert", matchOn: "email" });
    expect(first).toMatchObject({ created: 1, updated: 1 });
    expect((await db.customer.findUniqueOrThrow({ where: { id: existing.id } })).city).toBe("Memphis");
    const again = await importCsv(manager, text, { mode: "upsert", matchOn: "email" });
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 2, warnings: 0 });
  });

  it("a second key owned by another customer fails the row, naming the column", async () => {
    await createCustomer(manager, { name: "Foxtrot", accountNumber: "F-1", email: "fox@trot.example" });
    const result = await importCsv(manager, csv([header, ["F-2", "Foxtrot Two", "fox@trot.example", "", "", ""]]));
    expect(result).toMatchObject({ created: 0, failed: 1 });
    const issues = await listImportIssues(manager, result.id);
    expect(issues.rows[0]!.messages).toEqual([
      { column: "Email", message: expect.stringMatching(/already belongs to another customer/) },
    ]);
  });

  it("creates and updates the contact, honouring the primary flag", async () => {
    const head = [
      "Account Number",
      "Company",
      "Contact First Name",
      "Contact Last Name",
      "Contact Email",
      "Is Primary Contact",
    ];
    await importCsv(manager, csv([head, ["G-1", "Golf", "Ana", "López", "ana@golf.example", ""]]));
    const customer = await db.customer.findFirstOrThrow({
      where: { organizationId: manager.orgId, accountNumber: "G-1" },
      include: { contacts: true },
    });
    expect(customer.contacts).toMatchObject([{ firstName: "Ana", email: "ana@golf.example", isPrimary: true }]);
    expect(customer.searchText).toContain("ana@golf.example");
    await importCsv(manager, csv([head, ["G-1", "Golf", "Ben", "Ng", "ben@golf.example", "yes"]]));
    await importCsv(manager, csv([head, ["G-1", "Golf", "Ana", "Lopez-Diaz", "ana@golf.example", ""]]));
    const contacts = await db.contact.findMany({ where: { customerId: customer.id }, orderBy: { createdAt: "asc" } });
    expect(contacts.map((c) => [c.firstName, c.lastName, c.isPrimary])).toEqual([
      ["Ana", "Lopez-Diaz", false],
      ["Ben", "Ng", true],
    ]);
  });
});

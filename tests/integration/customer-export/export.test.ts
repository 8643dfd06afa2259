// Customer export: the list's filters, sort and columns or the selected rows, contacts, formula
// neutralization, internal notes, permissions and organization isolation.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { createContact } from "@/lib/contacts/mutations";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { db } from "@/lib/db";
import { ValueType as ExcelValueType } from "exceljs";
import { makeCustomer, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";
import { columnOf, exportCsv, exportXlsx } from "./helpers";

let ctx: Record<Role, Ctx>;
let staff: Ctx;
const tag = uniq("exp-");

beforeAll(async () => {
  ({ ctx, staff } = await makeOrgWithRoles());
  const rows: [string, string | null, "active" | "inactive", string | null][] = [
    ["alpha Air", "Zürich", "active", "a@alpha.test"],
    ["Bravo Jets", null, "active", null],
    ["charlie Cargo", "Austin", "inactive", "c@charlie.test"],
    ["Delta Wings", "austin", "active", "d@delta.test"],
    ["echo Freight", null, "inactive", null],
    ["Foxtrot Air", "Berlin", "active", "f@foxtrot.test"],
    ["Golf Aero", "Zürich", "active", "g@golf.test"],
  ];
  const ids: string[] = [];
  for (const [name, city, status, email] of rows) {
    ids.push((await makeCustomer(staff, { name, city, status, email, country: "US", tags: [tag] })).id);
  }
  // Ties and NULLs for the tier, owner and last-activity sorts.
  const [gold, silver] = await Promise.all(
    [1, 2].map((level) =>
      db.customerTier.create({ data: { organizationId: staff.orgId, name: uniq("T "), color: "amber", level } }),
    ),
  );
  await db.customer.updateMany({
    where: { id: { in: ids.slice(0, 3) } },
    data: { tierId: gold!.id, ownerId: ctx.manager.userId },
  });
  await db.customer.updateMany({ where: { id: { in: ids.slice(3, 5) } }, data: { tierId: silver!.id, ownerId: null } });
  await db.customer.updateMany({ where: { id: { in: ids.slice(5) } }, data: { lastActivityAt: null } });
});

const filtered = (query: Record<string, string> = {}) => ({ tag, archived: "include", ...query });

describe("export follows the list view", () => {
  it("honours filters and the sort (case-insensitive names)", async () => {
    const { header, rows } = await exportCsv(
      staff,
      filtered({ status: "active", sort: "-name", columns: "name,status,city" }),
    );
    expect(header).toEqual(["Name", "Status", "City"]);
    expect(columnOf(header, rows, "Name")).toEqual([
      "Golf Aero",
      "Foxtrot Air",
      "Delta Wings",
      "Bravo Jets",
      "alpha Air",
    ]);
    expect(new Set(columnOf(header, rows, "Status"))).toEqual(new Set(["Active"]));
  });

  it("walks batches by keyset in exactly the list's order for every sort, NULLs included", async () => {
    for (const sort of [
      "name",
      "-name",
      "city",
      "-city",
      "email",
      "-email",
      "status",
      "-status",
      "-createdAt",
      "updatedAt",
      "lastActivity",
      "-lastActivity",
      "tier",
      "-tier",
      "owner",
      "-owner",
    ]) {
      const { header, rows } = await exportCsv(staff, filtered({ sort, columns: "id" }), { batchSize: 2 });
      const listed = await listCustomers(staff, parseCustomerListParams(filtered({ sort, perPage: "100" })));
      expect(columnOf(header, rows, "ID"), sort).toEqual(listed.rows.map((row) => row.id));
    }
  });

  it("honours a search term", async () => {
    const { header, rows } = await exportCsv(staff, filtered({ q: "AIR", columns: "name" }));
    expect(columnOf(header, rows, "Name")).toEqual(["alpha Air", "Foxtrot Air"]);
  });

  it("writes every field but internal notes when no columns are given", async () => {
    const { header } = await exportCsv(staff, filtered());
    expect(header).toEqual(
      expect.arrayContaining([
        "ID",
        "Name",
        "Account number",
        "Tier",
        "Owner",
        "Primary contact",
        "Tags",
        "Last activity",
        "Credit limit",
      ]),
    );
    expect(header).not.toContain("Internal notes");
  });

  it("exports just the selected rows, ignoring another organization's ids", async () => {
    const mine = await makeCustomer(staff, { name: uniq("Selected "), tags: [tag] });
    const other = await makeOrgWithRoles();
    const theirs = await makeCustomer(other.staff, { name: uniq("Foreign ") });
    const { header, rows } = await exportCsv(staff, { ids: `${mine.id},${theirs.id}`, columns: "name" });
    expect(header).toEqual(["Name"]);
    expect(columnOf(header, rows, "Name")).toEqual([mine.name]);
  });
});

describe("export columns", () => {
  it("writes tier, owner, primary contact, tags and last activity", async () => {
    const tier = await db.customerTier.create({
      data: { organizationId: staff.orgId, name: uniq("Gold "), color: "amber", level: 1 },
    });
    const customer = await makeCustomer(staff, { name: uniq("Columns "), tags: [tag, "vip"], tierId: tier.id });
    await createContact(staff, customer.id, { firstName: "Ana", lastName: "López", email: "ana@columns.test" });
    const { header, rows } = await exportCsv(staff, {
      ids: customer.id,
      columns: "name,tier,owner,primaryContact,tags,lastActivity",
    });
    expect(header).toEqual(["Name", "Tier", "Owner", "Primary contact", "Tags", "Last activity"]);
    const owner = await db.user.findUniqueOrThrow({ where: { id: staff.userId! } });
    expect(rows[0]!.slice(0, 5)).toEqual([
      customer.name,
      tier.name,
      owner.name,
      "Ana López <ana@columns.test>",
      `${tag}; vip`,
    ]);
    expect(rows[0]![5]).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("writes fixed choices as the labels people read, contact roles included", async () => {
    const customer = await makeCustomer(staff, {
      name: uniq("Labels "),
      kind: "company",
      status: "suspended",
      customerType: "vip",
      phone: "+18655550101",
      phoneType: "mobile",
    });
    await createContact(staff, customer.id, {
      firstName: "Rae",
      lastName: "Roles",
      email: "rae@labels.test",
      roles: ["billing", "technical"],
    });
    const { header, rows } = await exportCsv(staff, {
      ids: customer.id,
      columns: "kind,status,phoneType,customerType",
      includeContacts: "true",
    });
    expect(rows[0]!.slice(0, 4)).toEqual(["Company", "Suspended", "Mobile", "VIP"]);
    expect(rows[0]![header.indexOf("Contact 1 roles")]).toBe("Billing; Technical");
  });

  it("refuses unknown columns and malformed ids with field errors", async () => {
    const unknown = await rejectionOf(exportCsv(staff, { columns: "name,bogus" }));
    expect(unknown.code).toBe("VALIDATION");
    expect(unknown.fieldErrors.columns?.[0]).toContain("bogus");
    const badIds = await rejectionOf(exportCsv(staff, { ids: "not-an-id" }));
    expect(badIds.fieldErrors.ids).toBeDefined();
  });
});

describe("contacts", () => {
  it("CSV: one block of contact columns per contact, primary first, as many blocks as the largest customer needs", async () => {
    const one = await makeCustomer(staff, { name: uniq("One contact ") });
    const two = await makeCustomer(staff, { name: uniq("Two contacts ") });
    await createContact(staff, one.id, { firstName: "Solo", lastName: "Uno", email: "solo@one.test" });
    await createContact(staff, two.id, { firstName: "Prima", lastName: "Zeta", email: "prima@two.test" });
    await createContact(staff, two.id, {
      firstName: "Second",
      lastName: "Alpha",
      email: "second@two.test",
      jobTitle: "Buyer",
    });
    const { header, rows } = await exportCsv(staff, {
      ids: `${one.id},${two.id}`,
      columns: "name",
      includeContacts: "true",
      sort: "name",
    });
    expect(header.slice(0, 4)).toEqual(["Name", "Contact 1 first name", "Contact 1 last name", "Contact 1 email"]);
    expect(header).toContain("Contact 2 job title");
    expect(header).not.toContain("Contact 3 email");
    const byName = new Map(rows.map((row) => [row[0], row]));
    expect(columnOf(header, [byName.get(two.name)!], "Contact 1 email")).toEqual(["prima@two.test"]);
    expect(columnOf(header, [byName.get(two.name)!], "Contact 1 primary")).toEqual(["yes"]);
    expect(columnOf(header, [byName.get(two.name)!], "Contact 2 job title")).toEqual(["Buyer"]);
    expect(columnOf(header, [byName.get(one.name)!], "Contact 2 email")).toEqual([""]);
  });

  it("XLSX: a Contacts sheet with one row per contact, naming its customer", async () => {
    const customer = await makeCustomer(staff, { name: uniq("Sheet "), accountNumber: uniq("ACC-") });
    await createContact(staff, customer.id, { firstName: "Row", lastName: "One", email: "row1@sheet.test" });
    await createContact(staff, customer.id, { firstName: "Row", lastName: "Two", email: "row2@sheet.test" });
    const { sheets } = await exportXlsx(staff, {
      ids: customer.id,
      columns: "name,accountNumber",
      includeContacts: "true",
    });
    expect(sheets.Customers).toEqual([
      ["Name", "Account number"],
      [customer.name, customer.accountNumber],
    ]);
    const [head, ...contactRows] = sheets.Contacts!;
    expect(head!.slice(0, 6)).toEqual([
      "Customer ID",
      "Customer account number",
      "Customer name",
      "First name",
      "Last name",
      "Email",
    ]);
    expect(contactRows.map((row) => row[5]).sort()).toEqual(["row1@sheet.test", "row2@sheet.test"]);
    expect(contactRows.every((row) => row[0] === customer.id)).toBe(true);
  });

  it("XLSX without contacts has just the Customers sheet with typed dates", async () => {
    const customer = await makeCustomer(staff, { name: uniq("Typed ") });
    const { sheets } = await exportXlsx(staff, { ids: customer.id, columns: "name,createdAt" });
    expect(Object.keys(sheets)).toEqual(["Customers"]);
    expect(sheets.Customers![1]![1]).toBeInstanceOf(Date);
  });
});

describe("formula injection", () => {
  const payloads = ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturn"];

  it("prefixes every cell that starts with = + - @ tab or CR with an apostrophe, in CSV and XLSX", async () => {
    const ids: string[] = [];
    for (const payload of payloads) {
      const customer = await makeCustomer(staff, { name: uniq("Formula "), source: "Safe text" });
      // Written directly: the form trims leading tabs and CRs, an import or an old row may not have.
      await db.customer.update({ where: { id: customer.id }, data: { notes: payload } });
      ids.push(customer.id);
    }
    const csv = await exportCsv(staff, { ids: ids.join(","), columns: "notes,source,phone", sort: "createdAt" });
    expect(columnOf(csv.header, csv.rows, "Notes")).toEqual(payloads.map((p) => `'${p}`));
    expect(new Set(columnOf(csv.header, csv.rows, "Source"))).toEqual(new Set(["Safe text"]));
    const xlsx = await exportXlsx(staff, { ids: ids.join(","), columns: "notes", sort: "createdAt" });
    // XML reads a bare CR back as LF; what matters is the apostrophe in front.
    expect(xlsx.sheets.Customers!.slice(1).map((row) => row[0])).toEqual(
      payloads.map((p) => `'${p.replace(/\r/g, "\n")}`),
    );
    xlsx.workbook.getWorksheet("Customers")!.eachRow((row) => expect(row.getCell(1).type).toBe(ExcelValueType.String));
  });

  it("quotes a cell holding a lone LF or CR and neutralizes every line start inside it", async () => {
    const a = await makeCustomer(staff, {
      name: `${uniq("Paid ")}\n=cmd|' /C calc'!A0`,
      notes: "Paid\n=cmd|' /C calc'!A0",
    });
    const b = await makeCustomer(staff, { name: uniq("Lone CR "), notes: "x" });
    // Written directly: the form keeps inner line breaks, but a lone CR comes from imports and old rows.
    await db.customer.update({ where: { id: b.id }, data: { notes: "Paid\r@SUM(A1)\r\n+1\n  -2" } });
    const csv = await exportCsv(staff, { ids: `${a.id},${b.id}`, columns: "name,notes,source", sort: "createdAt" });
    expect(csv.rows).toHaveLength(2);
    expect(csv.rows.every((row) => row.length === 3)).toBe(true);
    expect(columnOf(csv.header, csv.rows, "Notes")).toEqual([
      "Paid\n'=cmd|' /C calc'!A0",
      "Paid\r'@SUM(A1)\r\n'+1\n'  -2",
    ]);
    expect(columnOf(csv.header, csv.rows, "Name")[0]).toMatch(/^Paid \w+\n'=cmd\|' \/C calc'!A0$/);
    for (const cell of csv.rows.flat()) {
      for (const line of cell.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^\s*[=+\-@]/);
    }
    // A reader that splits lines before honouring quotes sees no formula at a line start either.
    for (const line of csv.text.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^"?\s*[=+\-@]/);
  });

  it("neutralizes E.164 phones and contact cells too", async () => {
    const customer = await makeCustomer(staff, { name: uniq("Phone "), phone: "+1 865 555 0100", country: "US" });
    await createContact(staff, customer.id, { firstName: "=cmd", lastName: "Safe", email: "cmd@phone.test" });
    const { header, rows } = await exportCsv(staff, { ids: customer.id, columns: "phone", includeContacts: "1" });
    expect(columnOf(header, rows, "Phone")).toEqual(["'+18655550100"]);
    expect(columnOf(header, rows, "Contact 1 first name")).toEqual(["'=cmd"]);
  });
});

describe("internal notes, permissions and isolation", () => {
  it("leaves internal notes out unless asked for, and asking needs a manager", async () => {
    const customer = await makeCustomer(staff, { name: uniq("Notes "), internalNotes: "Pays late" });
    const plain = await exportCsv(ctx.manager, { ids: customer.id });
    expect(plain.text).not.toContain("Pays late");
    expect((await rejectionOf(exportCsv(staff, { ids: customer.id, include: "internalNotes" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await rejectionOf(exportCsv(staff, { ids: customer.id, columns: "name,internalNotes" }))).code).toBe(
      "FORBIDDEN",
    );
    const asked = await exportCsv(ctx.manager, { ids: customer.id, columns: "name", include: "internalNotes" });
    expect(asked.header).toEqual(["Name", "Internal notes"]);
    expect(asked.rows[0]).toEqual([customer.name, "Pays late"]);
  });

  it("refuses viewers", async () => {
    expect((await rejectionOf(exportCsv(ctx.viewer, {}))).code).toBe("FORBIDDEN");
  });

  it("never includes another organization's customers, whatever the filter", async () => {
    const other = await makeOrgWithRoles();
    await makeCustomer(other.staff, { name: uniq("Other org "), tags: [tag] });
    const { header, rows } = await exportCsv(staff, filtered({ columns: "name" }));
    expect(columnOf(header, rows, "Name").some((name) => name.startsWith("Other org"))).toBe(false);
    const theirs = await exportCsv(other.staff, { columns: "name", tag });
    expect(theirs.rows).toHaveLength(1);
  });
});

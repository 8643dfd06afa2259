// Real exports end to end (upload → proposed mapping, unchanged → job): a German DATEV Debitoren export
// (EXTF, semicolon, Windows-1252, decimal commas) into a German organization, and a US QuickBooks customer
// list into a US one — rows created, updated, skipped with a warning and failed exactly as expected.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runPendingJobs } from "@/lib/jobs";
import { validateMapping } from "@/lib/imports/map/propose";
import { startImport } from "@/lib/imports/mutations";
import { previewImport } from "@/lib/imports/preview";
import { getImport, listImportIssues } from "@/lib/imports/queries";
import { createImportFromUpload } from "@/lib/imports/upload";
import { ctxFor, makeCustomer, makeOrg, makeUser } from "@/tests/factories";
import { bytes } from "./helpers";

const fixture = (file: string) => readFileSync(path.resolve(import.meta.dirname, "../../fixtures/imports", file));

async function managerOf(defaultCountry: string, defaultCurrency: string) {
  const org = await makeOrg({ defaultCountry, defaultCurrency });
  return ctxFor(org.id, (await makeUser(org.id, "manager")).id, "manager");
}

/** Uploads the file as exported and runs it with the proposed mapping untouched (upsert on account number). */
async function importExport(ctx: Awaited<ReturnType<typeof managerOf>>, file: string) {
  const uploaded = await createImportFromUpload(ctx, bytes(fixture(file), 1000), { filename: file });
  expect(validateMapping(uploaded.proposedMapping)).toEqual([]);
  const run = { mapping: uploaded.proposedMapping, mode: "upsert", matchOn: "accountNumber" } as const;
  const preview = await previewImport(ctx, uploaded.id, run);
  await startImport(ctx, uploaded.id, run);
  await runPendingJobs({ limit: 10 });
  const result = await getImport(ctx, uploaded.id);
  const issues = await listImportIssues(ctx, uploaded.id);
  const customers = await db.customer.findMany({
    where: { organizationId: ctx.orgId },
    include: { contacts: { where: { deletedAt: null } } },
    orderBy: { accountNumber: "asc" },
  });
  return { uploaded, preview, result, issues: issues.rows, customers };
}

describe("a DATEV Debitoren export into a German organization", async () => {
  const manager = await managerOf("DE", "EUR");
  const existing = await makeCustomer(manager, { name: "Müller LFT (alt)", accountNumber: "10001", country: "DE" });
  const { uploaded, preview, result, issues, customers } = await importExport(manager, "datev-debitoren.csv");

  it("reads the file as DATEV writes it, asks for no mapping, and previews what the run does", () => {
    expect(uploaded).toMatchObject({ delimiter: ";", encoding: "windows-1252" });
    expect(uploaded.headers[0]).toBe("Konto");
    expect(preview.map((row) => [row.rowNumber, row.action])).toEqual([
      [3, "update"],
      [4, "create"],
      [5, "create"],
      [6, "create"],
      [7, "fail"],
      [8, "skip"],
      [9, "create"],
    ]);
    expect(result.readings).toContainEqual(
      expect.objectContaining({ header: "Kreditlimit (Debitor)", kind: "number", format: "comma" }),
    );
  });

  it("creates, updates, skips the earlier of a repeated account and fails the bad postal code", () => {
    expect(result).toMatchObject({
      status: "completed",
      total: 7,
      processed: 7,
      created: 4,
      updated: 1,
      skipped: 1,
      warnings: 1,
      failed: 1,
    });
    expect(issues).toEqual([
      {
        rowNumber: 7,
        severity: "error",
        messages: [{ column: "Postleitzahl", message: expect.stringMatching(/Germany/) }],
      },
      {
        rowNumber: 8,
        severity: "warning",
        messages: [expect.objectContaining({ message: expect.stringMatching(/appears again in row 9/) })],
      },
    ]);
  });

  it("stores names, umlauts, decimal-comma amounts, terms, languages and phones as read", () => {
    const byAccount = new Map(customers.map((c) => [c.accountNumber, c]));
    expect([...byAccount.keys()]).toEqual(["10001", "10002", "10003", "10004", "10006"]);
    const muller = byAccount.get("10001")!;
    expect(muller.id).toBe(existing.id);
    expect(muller).toMatchObject({
      kind: "company",
      name: "Müller Luftfahrttechnik GmbH",
      displayName: "Müller LFT",
      addressLine1: "Flughafenstraße 12",
      postalCode: "85356",
      city: "Freising",
      country: "DE",
      phone: "+49816153870",
      email: "buchhaltung@mueller-lft.example",
      website: "https://www.mueller-lft.example",
      taxId: "DE129273398",
      language: "de",
      paymentTermsDays: 30,
      notes: "Ansprechpartner: Frau Keller",
    });
    expect(muller.creditLimit?.toFixed(2)).toBe("25000.00");
    expect(byAccount.get("10002")).toMatchObject({
      kind: "person",
      name: "Jürgen Schäfer",
      firstName: "Jürgen",
      lastName: "Schäfer",
      paymentTermsDays: 14,
      creditLimit: null,
    });
    expect(byAccount.get("10003")!.creditLimit?.toFixed(2)).toBe("15000.50");
    expect(byAccount.get("10003")).toMatchObject({ country: "AT", postalCode: "6020", phone: "+4351222525" });
    expect(byAccount.get("10004")).toMatchObject({ city: "Genève", country: "CH", language: "fr" });
    expect(byAccount.get("10004")!.creditLimit?.toFixed(2)).toBe("1250.75");
    expect(byAccount.get("10006")).toMatchObject({ addressLine1: "Am Flugplatz 3", city: "Wurster Nordseeküste" });
  });
});

describe("a QuickBooks customer list into a US organization", async () => {
  const manager = await managerOf("US", "USD");
  const existing = await makeCustomer(manager, { name: "Blue Ridge (old name)", accountNumber: "QB-1002" });
  const { result, issues, customers } = await importExport(manager, "quickbooks-customers.csv");

  it("creates, updates and fails exactly the expected rows", () => {
    expect(result).toMatchObject({
      status: "completed",
      total: 5,
      created: 3,
      updated: 1,
      skipped: 0,
      warnings: 0,
      failed: 1,
    });
    expect(issues).toEqual([
      {
        rowNumber: 5,
        severity: "error",
        messages: [{ column: "Main Email", message: "Enter a valid email address" }],
      },
    ]);
  });

  it("makes each company's person its contact, reads amounts and terms, and keeps own customer types as tags", () => {
    const byAccount = new Map(customers.map((c) => [c.accountNumber, c]));
    expect([...byAccount.keys()]).toEqual(["QB-1001", "QB-1002", "QB-1003", "QB-1005"]);
    const summit = byAccount.get("QB-1001")!;
    expect(summit).toMatchObject({
      kind: "company",
      name: "Summit Air Charter LLC",
      firstName: null,
      lastName: null,
      phone: "+18655550142",
      addressLine1: "1200 Airport Rd",
      addressLine2: "Hangar 4",
      paymentTermsDays: 30,
      tags: ["Commercial"],
      customerType: "standard",
    });
    expect(summit.creditLimit?.toFixed(2)).toBe("25000.00");
    expect(summit.contacts).toEqual([
      expect.objectContaining({
        firstName: "Dana",
        lastName: "Whitfield",
        email: "dana@summit-air.example",
        jobTitle: "Director of Maintenance",
        phone: "+18655550142",
        isPrimary: true,
      }),
    ]);
    const blueRidge = byAccount.get("QB-1002")!;
    expect(blueRidge.id).toBe(existing.id);
    expect(blueRidge).toMatchObject({ name: "Blue Ridge Flight School Inc.", paymentTermsDays: 30 });
    expect(blueRidge.creditLimit?.toFixed(2)).toBe("10000.00");
    expect(blueRidge.contacts.map((c) => [c.firstName, c.lastName, c.jobTitle])).toEqual([
      ["Marcus", "Cole", "Chief Pilot"],
    ]);
    expect(byAccount.get("QB-1003")).toMatchObject({
      kind: "person",
      name: "Rivera, Sofia",
      firstName: "Sofia",
      lastName: "Rivera",
      paymentTermsDays: 0,
      contacts: [],
    });
    // A person without an email cannot be a contact: they stay with the company, in its notes.
    expect(byAccount.get("QB-1005")).toMatchObject({
      name: "Smoky Mountain Aero LLC",
      notes: "Contact: Ray Tate\nName: Smoky Mountain Aero",
      contacts: [],
    });
  });
});

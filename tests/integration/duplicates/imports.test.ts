// Imports: each created row is checked against the stored customers (those earlier batches of the
// file wrote included) and, when none matches, against the earlier rows of its own batch, in two queries
// per batch; a likely duplicate is a warning in the preview and the results, and the row is imported all the same.
// The imported customers and contacts carry their duplicate keys.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { previewImport } from "@/lib/imports/preview";
import { listImportIssues } from "@/lib/imports/queries";
import { makeContact, makeCustomer, makeOrgWithRoles, uniq } from "@/tests/factories";
import { csv, importCsv, upload } from "../imports/helpers";

const { manager } = await makeOrgWithRoles();

// Two rows per batch, so row 4 is checked against row 3, written by the batch before.
beforeAll(() => {
  process.env.IMPORT_BATCH_ROWS = "2";
});
afterAll(() => {
  delete process.env.IMPORT_BATCH_ROWS;
});

describe("duplicate warnings on import rows", () => {
  it("flags rows that look like stored customers or earlier rows, in the preview and the run, and imports them", async () => {
    const existing = await makeCustomer(manager, { name: uniq("Stored Air "), country: "US" });
    const contactEmail = `${uniq("ana-")}@stored.test`;
    await makeContact(manager, existing.id, { email: contactEmail });
    const word = uniq("Zv");
    const text = csv([
      ["Account Number", "Company", "Email", "Phone", "City", "Country"],
      ["I-1", "Fresh One", contactEmail, "", "", "US"],
      ["I-2", `${word} Aviation GmbH`, "", "(865) 555-0177", "Knoxville", "US"],
      ["I-3", `${word} Aviation`, "", "", "Knoxville", "US"],
      ["I-4", "Unrelated Qx", "", "", "", "US"],
    ]);
    const file = await upload(manager, text);
    const preview = await previewImport(manager, file.id, { mapping: file.proposedMapping });
    expect(preview.map((row) => [row.rowNumber, row.action, row.issues.map((i) => i.message)])).toEqual([
      [2, "create", [`Possible duplicate of "${existing.name}": a contact's email; score 75`]],
      [3, "create", []],
      [4, "create", [`Possible duplicate of "${word} Aviation GmbH" (row 3 of this file): similar name; score 70`]],
      [5, "create", []],
    ]);

    const result = await importCsv(manager, text);
    expect(result).toMatchObject({ created: 4, failed: 0, warnings: 2 });
    const issues = await listImportIssues(manager, result.id, { severity: "warning" });
    expect(issues.rows.map((row) => [row.rowNumber, row.messages[0]!.message])).toEqual([
      [2, `Possible duplicate of "${existing.name}": a contact's email; score 75`],
      [4, expect.stringMatching(new RegExp(`^Possible duplicate of "${word} Aviation GmbH"`))],
    ]);
  });

  it("flags rows that look like earlier rows of the same batch", async () => {
    process.env.IMPORT_BATCH_ROWS = "100";
    try {
      const word = uniq("Zw");
      const text = csv([
        ["Account Number", "Company", "Phone", "City", "Postal Code", "Country"],
        ["B-1", `${word} Aero Services GmbH`, "0316 12 34 56", "Graz", "8010", "AT"],
        ["B-2", `${word} Aero Services`, "", "Graz", "8010", "AT"],
        ["B-3", "Quite Different Qy", "+43 316 123456", "Linz", "", "AT"],
        ["B-4", "Another One Qz", "", "Linz", "", "AT"],
      ]);
      const file = await upload(manager, text);
      const preview = await previewImport(manager, file.id, { mapping: file.proposedMapping });
      expect(preview.map((row) => [row.rowNumber, row.issues.map((i) => i.message)])).toEqual([
        [2, []],
        [3, [`Possible duplicate of "${word} Aero Services GmbH" (row 2 of this file): similar name; score 85`]],
        [4, [`Possible duplicate of "${word} Aero Services GmbH" (row 2 of this file): same phone; score 80`]],
        [5, []],
      ]);
      const result = await importCsv(manager, text);
      expect(result).toMatchObject({ created: 4, failed: 0, warnings: 2 });
    } finally {
      process.env.IMPORT_BATCH_ROWS = "2";
    }
  });

  it("looks names up by place: a near-miss spelling in the same postal code, the same name in the same city", async () => {
    const word = uniq("Zp");
    const samePostal = await makeCustomer(manager, {
      name: `${word} Flugtechnik GmbH`,
      city: "Salzburg",
      postalCode: "5020",
      country: "AT",
    });
    const sameCity = await makeCustomer(manager, { name: `${word} Avionik`, city: "Wels", country: "AT" });
    const text = csv([
      ["Account Number", "Company", "City", "Postal Code", "Country"],
      ["P-1", `${word} Flugtechnk`, "Salzburg Stadt", "50 20", "AT"],
      ["P-2", `${word} Avionik GmbH`, "Wels", "", "AT"],
      // The same name elsewhere scores too little to flag a row (a name alone weighs at most 40).
      ["P-3", `${word} Avionik`, "Linz", "", "AT"],
    ]);
    const result = await importCsv(manager, text);
    expect(result).toMatchObject({ created: 3, failed: 0, warnings: 2 });
    const issues = await listImportIssues(manager, result.id, { severity: "warning" });
    expect(issues.rows.map((row) => [row.rowNumber, row.messages[0]!.message])).toEqual([
      [2, expect.stringMatching(new RegExp(`^Possible duplicate of "${samePostal.name}": similar name`))],
      [3, expect.stringMatching(new RegExp(`^Possible duplicate of "${sameCity.name}": similar name`))],
    ]);
  });

  it("names the nearest of many similar names in the postal code, and counts three more", async () => {
    const word = uniq("Zn");
    for (const part of ["Nord", "Süd", "West", "Ost", "Mitte"])
      await makeCustomer(manager, { name: `${word} Flugtechnik ${part}`, postalCode: "4020", country: "AT" });
    const nearest = await makeCustomer(manager, { name: `${word} Flugtechnik`, postalCode: "4020", country: "AT" });
    const result = await importCsv(
      manager,
      csv([
        ["Account Number", "Company", "Postal Code", "Country"],
        ["N-1", `${word} Flugtechnik GmbH`, "4020", "AT"],
      ]),
    );
    const issues = await listImportIssues(manager, result.id, { severity: "warning" });
    expect(issues.rows.map((row) => row.messages[0]!.message)).toEqual([
      `Possible duplicate of "${nearest.name}": similar name; score 85 and 3 more`,
    ]);
  });

  it("keys imported customers and their contacts", async () => {
    const email = `${uniq("kim-")}@keys.test`;
    await importCsv(
      manager,
      csv([
        [
          "Account Number",
          "Company",
          "Phone",
          "Website",
          "Country",
          "Contact Email",
          "Contact First Name",
          "Contact Last Name",
          "Contact Mobile",
        ],
        [
          "K-1",
          "Müller Keys GmbH",
          "(865) 555-0178",
          "https://www.keys.test/x",
          "US",
          email,
          "Kim",
          "Lee",
          "(865) 555-0199",
        ],
      ]),
    );
    const [row] = await db.$queryRaw<
      { name_key: string; email_keys: string[]; phone_keys: string[]; website_domain: string }[]
    >`
      SELECT name_key, email_keys, phone_keys, website_domain FROM customer
      WHERE organization_id = ${manager.orgId} AND account_number = 'K-1'`;
    expect(row).toEqual({
      name_key: "muller keys",
      email_keys: [email],
      phone_keys: ["+18655550178", "+18655550199"],
      website_domain: "keys.test",
    });
  });
});

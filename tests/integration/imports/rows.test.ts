// Rows repeated in a file (the last wins, earlier ones are warnings), invalid rows listed with row,
// column and reason, and the error CSV: the failed rows as uploaded plus "error", formulas neutralized.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { streamImportErrors } from "@/lib/imports/errors-csv";
import { listImportIssues } from "@/lib/imports/queries";
import { makeOrgWithRoles, uniq } from "@/tests/factories";
import { csv, importCsv } from "./helpers";

const { manager } = await makeOrgWithRoles();

describe("repeated and invalid rows", () => {
  it("imports the last occurrence of a repeated key and warns about each earlier one", async () => {
    const result = await importCsv(
      manager,
      csv([
        ["Account Number", "Company", "City"],
        ["R-1", "First", "Austin"],
        ["R-2", "Other", ""],
        ["r-1", "Second", "Boston"],
        ["R-1", "Third", "Chicago"],
      ]),
      { mode: "upsert", matchOn: "accountNumber" },
    );
    expect(result).toMatchObject({
      status: "completed",
      total: 4,
      processed: 4,
      created: 2,
      skipped: 2,
      warnings: 2,
      failed: 0,
    });
    const customers = await db.customer.findMany({
      where: { organizationId: manager.orgId, accountNumber: { in: ["R-1", "R-2"] } },
    });
    expect(customers.map((c) => c.name).sort()).toEqual(["Other", "Third"]);
    const issues = await listImportIssues(manager, result.id, { severity: "warning" });
    expect(issues.rows.map((r) => [r.rowNumber, r.messages[0]!.message])).toEqual([
      [2, expect.stringMatching(/appears again in row 5/)],
      [4, expect.stringMatching(/appears again in row 5/)],
    ]);
  });

  it("skips invalid rows with row number, column and reason, and imports the rest", async () => {
    const result = await importCsv(
      manager,
      csv([
        ["Account Number", "Company", "Email", "Country", "Phone"],
        ["V-1", "Valid", "ok@valid.example", "US", ""],
        ["V-2", "", "bad-email", "US", ""],
        ["V-3", "Zed", "", "XX", ""],
        ["V-4", "Phony", "", "US", "12"],
      ]),
    );
    expect(result).toMatchObject({ created: 1, failed: 3 });
    const issues = await listImportIssues(manager, result.id, { severity: "error" });
    expect(issues.rows).toEqual([
      {
        rowNumber: 3,
        severity: "error",
        messages: expect.arrayContaining([
          { column: "Email", message: "Enter a valid email address" },
          expect.objectContaining({ message: "Name is required" }),
        ]),
      },
      {
        rowNumber: 4,
        severity: "error",
        messages: [{ column: "Country", message: expect.stringMatching(/2-letter country code/) }],
      },
      { rowNumber: 5, severity: "error", messages: [{ column: "Phone", message: "Enter a valid phone number" }] },
    ]);
  });

  it("the error CSV has the file's columns, each failed row as uploaded, an error column, and no formulas", async () => {
    const result = await importCsv(
      manager,
      csv([
        ["Account Number", "Company", "Email"],
        ["E-1", '=HYPERLINK("http://evil")', "not-an-email"],
        ["E-2", "Fine Co", "fine@co.example"],
        ["E-3", "@SUM(A1)", "+bad"],
      ]),
    );
    expect(result).toMatchObject({ created: 1, failed: 2 });
    const { filename, body } = await streamImportErrors(manager, result.id);
    expect(filename).toBe("customers-errors.csv");
    const raw = Buffer.from(await new Response(body).arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw.subarray(3).toString("utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Account Number,Company,Email,error");
    expect(lines[1]).toBe(`E-1,"'=HYPERLINK(""http://evil"")",not-an-email,Email: Enter a valid email address`);
    expect(lines[2]).toBe("E-3,'@SUM(A1),'+bad,Email: Enter a valid email address");
    expect(lines).toHaveLength(3);
  });

  it("the error CSV quotes cells with a lone LF or CR and neutralizes every line start inside them", async () => {
    // Written by hand: a quoted field holding a lone CR, a lone LF and a CRLF.
    const file = [
      "Account Number,Company,Email,Notes",
      `L-1,"Paid\n=cmd|' /C calc'!A0",not-an-email,"Paid\r@SUM(A1)\r\n+1"`,
      `L-2,Fine Co,${uniq("fine-")}@co.example,ok`,
      `L-3,Lone CR,also-bad,"x\r-2"`,
    ].join("\r\n");
    const result = await importCsv(manager, `${file}\r\n`);
    expect(result).toMatchObject({ created: 1, failed: 2 });
    const { body } = await streamImportErrors(manager, result.id);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(body).arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parse(text.slice(1), { relax_column_count: false }) as string[][];
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ["Account Number", "Company", "Email", "Notes"],
      ["L-1", "Paid\n'=cmd|' /C calc'!A0", "not-an-email", "Paid\r'@SUM(A1)\r\n'+1"],
      ["L-3", "Lone CR", "also-bad", "x\r'-2"],
    ]);
    for (const cell of rows.flat()) {
      for (const line of cell.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^\s*[=+\-@]/);
    }
    // A reader that splits lines before honouring quotes sees no formula at a line start either.
    for (const line of text.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^"?\s*[=+\-@]/);
  });
});

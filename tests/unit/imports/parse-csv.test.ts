import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ImportFileError, openTable } from "@/lib/imports/parse";
import { chunked, readAll, utf8 } from "./helpers";

describe("openTable: CSV", () => {
  it.each([
    [",", "Name,Email,City\nAcme,a@acme.test,Paris\n"],
    [";", "Name;Email;City\nAcme;a@acme.test;Paris\n"],
    ["\t", "Name\tEmail\tCity\nAcme\ta@acme.test\tParis\n"],
    ["|", "Name|Email|City\nAcme|a@acme.test|Paris\n"],
  ])("sniffs the %j delimiter", async (delimiter, text) => {
    const { table, rows } = await readAll(utf8(text));
    expect(table.format).toBe("csv");
    expect(table.delimiter).toBe(delimiter);
    expect(table.headers).toEqual(["Name", "Email", "City"]);
    expect(rows).toEqual([{ rowNumber: 2, cells: ["Acme", "a@acme.test", "Paris"] }]);
  });

  it("prefers the delimiter that splits every record the same way (semicolons with decimal commas)", async () => {
    const text = "Name;Credit limit;City\nAcme;1000,50;Paris\nBolt;;Lyon\nCorp;20,5;Nice\n";
    const { table, rows } = await readAll(utf8(text));
    expect(table.delimiter).toBe(";");
    expect(rows[0]?.cells).toEqual(["Acme", "1000,50", "Paris"]);
  });

  it("ignores delimiters inside quoted fields when sniffing", async () => {
    const text = 'Name;Address\n"Acme, Inc.";"1 Main St, Suite 2"\n"Bolt, LLC";"2 Side St, Floor 3"\n';
    const { table, rows } = await readAll(utf8(text));
    expect(table.delimiter).toBe(";");
    expect(rows[1]?.cells).toEqual(["Bolt, LLC", "2 Side St, Floor 3"]);
  });

  it("uses the given delimiter over the sniffed one", async () => {
    const { table, rows } = await readAll(utf8("a,b;c\n1,2;3\n"), { delimiter: ";" });
    expect(table.delimiter).toBe(";");
    expect(rows[0]?.cells).toEqual(["1,2", "3"]);
  });

  it("reads UTF-8 with a BOM (split across chunks) without a stray character in the first header", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Name,City\nMüller GmbH,Köln\n")]);
    const { table, rows } = await readAll(bytes, {}, 1);
    expect(table.encoding).toBe("utf-8");
    expect(table.headers).toEqual(["Name", "City"]);
    expect(rows[0]?.cells).toEqual(["Müller GmbH", "Köln"]);
  });

  it("reads UTF-8 multi-byte characters split across chunk boundaries", async () => {
    const { rows } = await readAll(utf8("Name\nCafé Ünïcödé 東京\n"), {}, 1);
    expect(rows[0]?.cells).toEqual(["Café Ünïcödé 東京"]);
  });

  it("detects Windows-1252 when the bytes are not valid UTF-8", async () => {
    const bytes = iconv.encode("Name;City\nMüller;Café de Flore\nJosé;Zürich\n", "windows-1252");
    const { table, rows } = await readAll(new Uint8Array(bytes));
    expect(table.encoding).toBe("windows-1252");
    expect(rows.map((row) => row.cells)).toEqual([
      ["Müller", "Café de Flore"],
      ["José", "Zürich"],
    ]);
  });

  it("honours an explicit encoding", async () => {
    const bytes = iconv.encode("Name\nCafé\n", "windows-1252");
    const { rows } = await readAll(new Uint8Array(bytes), { encoding: "windows-1252" });
    expect(rows[0]?.cells).toEqual(["Café"]);
  });

  it("reads UTF-16LE with a BOM (Excel's Unicode text)", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode("Name\tCity\r\nMüller\tKöln\r\n", "utf-16le")]);
    const { table, rows } = await readAll(bytes);
    expect(table.delimiter).toBe("\t");
    expect(rows[0]?.cells).toEqual(["Müller", "Köln"]);
  });

  it("keeps embedded newlines and doubled quotes, and counts records (not lines) for row numbers", async () => {
    const text = 'Name,Notes\r\n"Acme","line one\r\nline two"\r\n"Bolt ""The Best""","say ""hi"""\r\nCorp,plain\r\n';
    const { rows } = await readAll(utf8(text), {}, 3);
    expect(rows).toEqual([
      { rowNumber: 2, cells: ["Acme", "line one\r\nline two"] },
      { rowNumber: 3, cells: ['Bolt "The Best"', 'say "hi"'] },
      { rowNumber: 4, cells: ["Corp", "plain"] },
    ]);
  });

  it("reads CRLF, LF and old-Mac CR line endings, even mixed", async () => {
    const { rows } = await readAll(utf8("Name,City\r\nA,1\nB,2\rC,3"));
    expect(rows.map((row) => [row.rowNumber, ...row.cells])).toEqual([
      [2, "A", "1"],
      [3, "B", "2"],
      [4, "C", "3"],
    ]);
  });

  it("skips blank rows but keeps counting them, like a spreadsheet", async () => {
    const { table, rows } = await readAll(utf8("\n\nName,City\n\nA,1\n , \nB,2\n\n"));
    expect(table.headerRowNumber).toBe(3);
    expect(rows.map((row) => row.rowNumber)).toEqual([5, 7]);
  });

  it("pads short rows and keeps (with a warning) values beyond the header", async () => {
    const { rows } = await readAll(utf8("Name,City,Country\nA\nB,2,FR,extra\nC,3,US,,\n"));
    expect(rows[0]).toEqual({ rowNumber: 2, cells: ["A", "", ""] });
    expect(rows[1]?.cells).toEqual(["B", "2", "FR", "extra"]);
    expect(rows[1]?.warnings?.[0]).toMatch(/Row 3 has 4 values but the header has 3 columns/);
    expect(rows[2]).toEqual({ rowNumber: 4, cells: ["C", "3", "US"] });
  });

  it("names blank headers by position and numbers duplicates", async () => {
    const { table } = await readAll(utf8(" Name ,,Email,email,Email (2),\nA,b,c,d,e\n"));
    expect(table.headers).toEqual(["Name", "Column 2", "Email", "email (3)", "Email (2)"]);
  });

  it("reads a stray quote inside an unquoted field as data", async () => {
    const { rows } = await readAll(utf8('Name,Size\nTire,17" rim\n'));
    expect(rows[0]?.cells).toEqual(["Tire", '17" rim']);
  });

  it("treats a single-column file as comma-separated", async () => {
    const { table, rows } = await readAll(utf8("Name\nAcme\n"));
    expect(table.delimiter).toBe(",");
    expect(rows[0]?.cells).toEqual(["Acme"]);
  });

  it("follows Excel's sep= line and does not count it as a row", async () => {
    const { table, rows } = await readAll(utf8("sep=;\r\nName;Notes\r\nAcme;a,b\r\n"));
    expect(table.delimiter).toBe(";");
    expect(table.headers).toEqual(["Name", "Notes"]);
    expect(rows).toEqual([{ rowNumber: 2, cells: ["Acme", "a,b"] }]);
  });

  it("reads a .tsv file as tab-separated", async () => {
    const { table } = await readAll(utf8("a,b\tc\n1,2\t3\n"), { filename: "export.tsv" });
    expect(table.delimiter).toBe("\t");
  });
});

describe("openTable: CSV failures", () => {
  const failure = async (bytes: Uint8Array, options = {}) => {
    try {
      const table = await openTable(chunked(bytes), options);
      for await (const row of table.rows) void row;
    } catch (error) {
      return error as ImportFileError;
    }
    throw new Error("expected a failure");
  };

  it.each([
    ["an empty file", new Uint8Array()],
    ["blank lines only", utf8("\r\n \n\n")],
    ["only a BOM and blank lines", new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])],
  ])("refuses %s as EMPTY_FILE", async (_, bytes) => {
    const error = await failure(bytes);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error.code).toBe("EMPTY_FILE");
  });

  it("refuses a file whose first row is data, not a header", async () => {
    const error = await failure(utf8("Acme,ops@acme.test\nBolt,ops@bolt.test\n"));
    expect(error.code).toBe("NO_HEADER");
    expect(error.message).toMatch(/Row 1 must hold the column names/);
  });

  it("refuses binary files and old .xls workbooks", async () => {
    expect((await failure(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2]))).code).toBe("UNSUPPORTED_FORMAT");
    expect((await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).code).toBe("UNSUPPORTED_FORMAT");
    expect((await failure(utf8("Name\nA\n"), { filename: "customers.pdf" })).message).toMatch(/\.pdf files cannot/);
  });

  it("stops at one row past maxRows with a clear message and the row number", async () => {
    const error = await failure(utf8("Name\nA\nB\n\nC\nD\n"), { maxRows: 3 });
    expect(error.code).toBe("TOO_MANY_ROWS");
    expect(error.message).toBe(
      "The file has more than 3 rows of data, the most one import can take. Split it into smaller files.",
    );
    expect(error.rowNumber).toBe(6);
  });

  it("accepts exactly maxRows rows", async () => {
    const { rows } = await readAll(utf8("Name\nA\nB\n"), { maxRows: 2 });
    expect(rows).toHaveLength(2);
  });

  it("refuses a header or a row wider than maxColumns", async () => {
    expect((await failure(utf8("a,b,c\n1,2,3\n"), { maxColumns: 2 })).code).toBe("TOO_MANY_COLUMNS");
    const wide = await failure(utf8("a,b\n1,2\n1,2,3\n"), { maxColumns: 2 });
    expect(wide.code).toBe("TOO_MANY_COLUMNS");
    expect(wide.rowNumber).toBe(3);
  });

  it("reports an unclosed quote as MALFORMED instead of reading the rest of the file into one cell", async () => {
    const error = await failure(utf8('Name,Notes\nA,"never closed\nB,x\n'));
    expect(error.code).toBe("MALFORMED");
    expect(error.message).toMatch(/quoted value is never closed/);
  });
});

// The one CSV writer: formula neutralization at every line start inside a cell, quoting of every
// field with CR, LF, the comma or a quote, typed values, and a file that parses back to the same rows.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvRows, csvStream, csvText, neutralizeFormulas, type CsvValue } from "@/lib/csv";

const neutralized: [string, string, string][] = [
  ["plain text", "Paid in full", "Paid in full"],
  ["formula", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ["plus", "+1+1", "'+1+1"],
  ["minus", "-2+3", "'-2+3"],
  ["at", "@SUM(A1)", "'@SUM(A1)"],
  ["leading tab", "\tTabbed", "'\tTabbed"],
  ["leading CR", "\rReturn", "'\rReturn"],
  ["leading LF", "\nFeed", "'\nFeed"],
  ["leading NUL", "\0x", "'\0x"],
  ["spaces before =", "  =1+1", "'  =1+1"],
  ["no-break space before @", "\u00a0@SUM(A1)", "'\u00a0@SUM(A1)"],
  ["LF then =", "Paid\n=cmd|' /C calc'!A0", "Paid\n'=cmd|' /C calc'!A0"],
  ["lone CR then =", "Paid\r=cmd", "Paid\r'=cmd"],
  ["CRLF then +", "Paid\r\n+1", "Paid\r\n'+1"],
  ["LF then tab", "a\n\tb", "a\n'\tb"],
  ["LF then spaces and -", "a\n  -1", "a\n'  -1"],
  ["every line", "=a\n=b\r=c\r\n=d", "'=a\n'=b\r'=c\r\n'=d"],
  ["CR then LF then =", "a\r\r\n@x", "a\r\r\n'@x"],
  ["blank lines stay as they are", "a\n\nb\r\n\r\nc", "a\n\nb\r\n\r\nc"],
  ["operators inside a line", "1+1=2, a-b @ c", "1+1=2, a-b @ c"],
  ["already an apostrophe", "'=x", "'=x"],
  ["empty", "", ""],
];

describe("neutralizeFormulas", () => {
  it.each(neutralized)("%s", (_, input, expected) => {
    expect(neutralizeFormulas(input)).toBe(expected);
  });

  it("leaves no line of any cell starting like a formula", () => {
    for (const [, input] of neutralized) {
      for (const line of neutralizeFormulas(input)
        .split(/\r\n|\r|\n/)
        .slice(1))
        expect(line).not.toMatch(/^\p{Zs}*[=+\-@\t\0]/u);
    }
  });
});

describe("csvText", () => {
  it.each<[string, CsvValue, string]>([
    ["null", null, ""],
    ["date", new Date("2026-01-02T03:04:05.000Z"), "2026-01-02T03:04:05.000Z"],
    ["true", true, "yes"],
    ["false", false, "no"],
    ["typed negative number stays a number", -100, "-100"],
    ["typed decimal", -100.5, "-100.5"],
    ["text that looks like a negative number is text", "-100", "'-100"],
    ["E.164 phone text", "+18655550100", "'+18655550100"],
  ])("%s", (_, value, expected) => {
    expect(csvText(value)).toBe(expected);
  });
});

describe("csvRows", () => {
  it.each<[string, CsvValue[], string]>([
    ["plain", ["a", "b"], "a,b\r\n"],
    ["lone LF is quoted", ["Paid\n=cmd", "x"], '"Paid\n\'=cmd",x\r\n'],
    ["lone CR is quoted", ["Paid\r=cmd", "x"], '"Paid\r\'=cmd",x\r\n'],
    ["CRLF is quoted", ["a\r\nb", "x"], '"a\r\nb",x\r\n'],
    ["comma is quoted", ["a,b", "x"], '"a,b",x\r\n'],
    ["quote is doubled and quoted", ['say "hi"', "x"], '"say ""hi""",x\r\n'],
    ["semicolon needs no quotes with a comma delimiter", ["a;b"], "a;b\r\n"],
    ["formula with a quote", ['=HYPERLINK("http://evil")'], '"\'=HYPERLINK(""http://evil"")"\r\n'],
    ["typed values", [1.5, true, null, new Date(0)], "1.5,yes,,1970-01-01T00:00:00.000Z\r\n"],
  ])("%s", (_, record, expected) => {
    expect(csvRows([record])).toBe(expected);
  });

  it("parses back to one row per record whose cells hold the neutralized text", () => {
    const records = neutralized.map(([, input]) => [input, "after"]);
    const parsed = parse(csvRows(records), { relax_column_count: false }) as string[][];
    expect(parsed).toEqual(neutralized.map(([, , expected]) => [expected, "after"]));
  });

  it("puts every record on lines of its own even for a reader that splits lines before quotes", () => {
    const text = csvRows([
      ["Paid\n=cmd|' /C calc'!A0", "x"],
      ["Paid\r@SUM(A1)\r\n-1", "y"],
    ]);
    for (const line of text.split(/\r\n|\r|\n/)) expect(line.replace(/^"/, "")).not.toMatch(/^[=+\-@\t]/);
  });
});

describe("csvStream", () => {
  it("writes a BOM, the header and each batch, CRLF-terminated", async () => {
    async function* batches() {
      yield [["Paid\n=cmd", 1]];
      yield [];
      yield [["b", null]];
    }
    const bytes = await new Response(csvStream(["Notes", "=n"], batches())).arrayBuffer();
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toBe("\uFEFFNotes,'=n\r\n\"Paid\n'=cmd\",1\r\nb,\r\n");
  });
});

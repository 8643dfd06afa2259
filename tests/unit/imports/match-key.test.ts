// The key scan (staging and the preview) reads only the key's column; it must find the same key as the
// whole row's mapping that decides the row, whatever else the row holds.
import { describe, expect, it } from "vitest";
import { applyMapping, matchKeyOf } from "@/lib/imports/check-row";
import { proposeMapping } from "@/lib/imports/map/propose";
import { matchKeyReader } from "@/lib/imports/pipeline/repeats";
import { replaceUnstorable } from "@/lib/validation";

const headers = [
  "Account Number",
  "Company",
  "First Name",
  "Last Name",
  "E-mail 1 - Value",
  "Phone",
  "Job Title",
  "Notes",
  "Organization Name",
];
const rows = [
  ["A-1", "Acme", "Ana", "López", "ana@acme.example", "+1 865 555 0101", "Buyer", "", ""],
  ["  a-2 ", "", "Ben", "Okafor", " BEN@Example.com ::: ben@home.example", "", "", "note", "Okafor Ltd"],
  ["", "Blank Key Co", "", "", "", "", "", "", ""],
  ["A-\u00003", "Nul Co", "", "", "nul\u0000@example.com", "", "", "", ""],
  ["A-4", "", "", "", "", "", "CEO", "", ""],
];

describe("matchKeyReader", () => {
  it.each(["accountNumber", "email"] as const)("finds the key the whole row's mapping finds (%s)", (matchOn) => {
    const mapping = proposeMapping(headers);
    const keyOf = matchKeyReader({ mapping, matchOn });
    const keys = rows.map((row) => keyOf(row));
    expect(keys).toEqual(rows.map((row) => matchKeyOf(applyMapping(row.map(replaceUnstorable), mapping), matchOn)));
    expect(keys.filter((key) => key !== null).length).toBeGreaterThanOrEqual(3);
  });
});

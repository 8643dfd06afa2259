// The evidence for NAME_SIMILARITY: name keys of the same company spelled differently (umlauts, legal
// forms, typos, plurals, run-together words) against different companies in one town, compared with
// pg_trgm's similarity as the finder does. The threshold keeps every variant and rejects most others;
// the two near-misses that pass share all but one word, and a warning for them costs one click.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateCustomer } from "@/lib/customers/mutations";
import { NAME_SIMILARITY } from "@/lib/duplicates/scoring";
import { makeCustomer, makeOrgWithRoles } from "@/tests/factories";

const sameCompany: [string, string][] = [
  ["Müller Flugtechnik GmbH", "Mueller Flugtechnik"],
  ["Summit Air Charter", "Summit Air Charters"],
  ["Summit Air Charter Inc", "Summit Aircharter"],
  ["Summit Air Charter", "Sumit Air Charter"],
  ["Summit Air Charter", "Summit Air Charter Services"],
  ["Alpine Aviation Services AG", "Alpine Aviation Svcs"],
  ["Alpine Aviation Services AG", "Alpine Aviation"],
  ["Jet Maintenance Zürich", "Jet Maintenance Zurich AG"],
  ["Skyline Helicopters Ltd", "Skyline Helicopter"],
  ["Nordic Wings Oy", "Nordic Wing"],
  ["Fly Bavaria GmbH", "Flybavaria"],
  ["Meyer Aviation", "Meier Aviation"],
  ["Aero Services Bern", "Aeroservices Bern"],
  ["John Smith", "Jon Smith"],
  ["Hans-Peter Müller", "Hans Peter Mueller"],
  ["Kowalski Serwis Lotniczy", "Kowalski Serwis sp. z o.o."],
  ["Mountain View Flying Club", "Mountain View Flyers Club"],
  ["Bob's Aircraft Repair", "Bobs Aircraft Repairs"],
];

const differentCompanies: [string, string][] = [
  ["Alpine Aviation", "Alpine Avionics"],
  ["Summit Air", "Summit Aviation Services"],
  ["Jet Aviation", "Jet Maintenance"],
  ["Zurich Air Taxi", "Zurich Air Charter"],
  ["Skyline Helicopters", "Skyline Hotels"],
  ["Air Zermatt", "Air Glaciers"],
  ["Swiss Helicopter", "Swiss Jet"],
  ["Bavaria Flug", "Bavaria Jet"],
  ["Aero Club Bern", "Aero Club Basel"],
  ["John Smith", "Jane Smith"],
  ["Mountain View Flying Club", "Mountain View Dental"],
  ["Peter Müller", "Hans Müller"],
  ["Anderson Flight School", "Andersen Flight Training"],
  ["Atlantic Jet Center", "Atlantic Aviation"],
  ["Pacific Coast Avionics", "Pacific Coast Aviation"],
  ["North Star Aviation", "South Star Aviation"],
];

async function similarities(pairs: [string, string][]): Promise<number[]> {
  const rows = await db.$queryRawUnsafe<{ s: number }[]>(
    `SELECT similarity(dedupe_name_key(p->>0), dedupe_name_key(p->>1))::float8 AS s
     FROM json_array_elements($1::json) WITH ORDINALITY AS t(p, n) ORDER BY n`,
    JSON.stringify(pairs),
  );
  return rows.map((row) => row.s);
}

describe("name similarity threshold", () => {
  it("keeps every spelling of the same company", async () => {
    const scores = await similarities(sameCompany);
    const missed = sameCompany.filter((_, i) => scores[i]! < NAME_SIMILARITY.withLocation);
    expect(missed).toEqual([]);
  });

  it("rejects different companies in one town except two that differ by a single word", async () => {
    const scores = await similarities(differentCompanies);
    const passed = differentCompanies.filter((_, i) => scores[i]! >= NAME_SIMILARITY.withLocation);
    expect(passed).toEqual([
      ["Pacific Coast Avionics", "Pacific Coast Aviation"],
      ["North Star Aviation", "South Star Aviation"],
    ]);
  });

  it("counts a name alone only when nearly identical: no different pair reaches it", async () => {
    const scores = await similarities(differentCompanies);
    expect(Math.max(...scores)).toBeLessThan(NAME_SIMILARITY.alone);
    const variants = await similarities(sameCompany);
    expect(variants.filter((s) => s >= NAME_SIMILARITY.alone).length).toBeGreaterThanOrEqual(6);
  });
});

// The import's postal-code probe (lib/duplicates/queries.ts) compares customer.name_trigrams, not
// similarity(): the two must agree on every name, whatever its script.
const otherScripts: [string, string][] = [
  ["Аэрофлот Техник", "Аэрофлот Техника"],
  ["東京航空整備株式会社", "東京航空整備"],
  ["Łódź Serwis Lotniczy", "Lodz Serwis Lotniczy"],
  ["İstanbul Havacılık", "Istanbul Havacilik"],
  ["Ελληνική Αεροπορία", "Ελληνικη Αεροπορια"],
  ["Ørsted Fly ApS", "Orsted Fly"],
  ["Café ✈ Jets 24/7", "Cafe Jets 247"],
  ["A1 B2 C3", "a1b2c3"],
  ["x", "xy"],
];

async function trigramRatios(pairs: [string, string][]): Promise<{ ratio: number; similarity: number }[]> {
  return db.$queryRawUnsafe(
    `SELECT (icount(a & b)::float4 / nullif(icount(a) + icount(b) - icount(a & b), 0)::float4)::float8 AS ratio,
            similarity(ka, kb)::float8 AS similarity
     FROM json_array_elements($1::json) WITH ORDINALITY AS t(p, n)
     CROSS JOIN LATERAL (SELECT dedupe_name_key(p->>0) AS ka, dedupe_name_key(p->>1) AS kb) k
     CROSS JOIN LATERAL (SELECT dedupe_trigrams(ka) AS a, dedupe_trigrams(kb) AS b) g ORDER BY n`,
    JSON.stringify(pairs),
  );
}

describe("name trigrams", () => {
  it("give exactly pg_trgm's similarity for names in any script", async () => {
    const pairs = [...sameCompany, ...differentCompanies, ...otherScripts];
    const rows = await trigramRatios(pairs);
    expect(rows.map((row) => row.ratio)).toEqual(rows.map((row) => row.similarity));
    // Not vacuous: the pairs span the whole range, non-ASCII ones among them.
    expect(rows.some((row) => row.similarity === 1)).toBe(true);
    expect(rows.slice(sameCompany.length + differentCompanies.length).some((row) => row.similarity < 1)).toBe(true);
    expect(Math.min(...rows.map((row) => row.similarity))).toBeLessThan(0.3);
  });

  it("follow the customer's name through create and rename", async () => {
    const { staff } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff, { kind: "company", name: "Ørsted Fly ApS" });
    const trigramsOf = async () => {
      const [row] = await db.$queryRaw<[{ own: number[]; expected: number[] }]>`
        SELECT name_trigrams AS own, dedupe_trigrams(dedupe_name_key(name)) AS expected
        FROM customer WHERE id = ${customer.id}::uuid`;
      return row;
    };
    const created = await trigramsOf();
    expect(created.own.length).toBeGreaterThan(5);
    expect(created.own).toEqual(created.expected);
    await updateCustomer(staff, customer.id, { name: "Nordlicht Aviation" });
    const renamed = await trigramsOf();
    expect(renamed.own).toEqual(renamed.expected);
    expect(renamed.own).not.toEqual(created.own);
  });
});

// The evidence for NAME_SIMILARITY: name keys of the same company spelled differently (umlauts, legal
// forms, typos, plurals, run-together words) against different companies in one town, compared with
// pg_trgm's similarity as the finder does. The threshold keeps every variant and rejects most others;
// the two near-misses that pass share all but one word, and a warning for them costs one click.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NAME_SIMILARITY } from "@/lib/duplicates/scoring";

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

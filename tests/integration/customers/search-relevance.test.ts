// The customer search: relevance order (exact, name prefix, word prefix, similarity), typos and German
// transliteration, phones typed with spaces or dashes, customers found through their current
// aircraft and vehicles, and organization scoping.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { listCustomers, searchCustomerOptions } from "@/lib/customers/queries";
import { customerListCodec, parseCustomerListParams } from "@/lib/customers/list-params";
import type { CustomerInput } from "@/lib/customers/schemas";
import { SEARCH_COUNT_CAP, parseCustomerSearch } from "@/lib/customers/search-match";
import { runSearchPage, searchPageStatements } from "@/lib/customers/search-page";
import type { RunSql } from "@/lib/list-total";
import { Prisma } from "@/lib/db";
import { globalSearch } from "@/lib/search/global-search";
import { makeAircraft, makeAssetLinkRow, makeCustomer, makeOrgWithRoles, makeVehicle } from "@/tests/factories";

let ctx: Ctx;
let other: Ctx;
const ids: Record<string, string> = {};
let plane: { id: string };

beforeAll(async () => {
  ({
    ctx: { manager: ctx },
  } = await makeOrgWithRoles());
  ({
    ctx: { manager: other },
  } = await makeOrgWithRoles());
  const fixtures: Record<string, CustomerInput> = {
    substring: { name: "Consummitment Holdings" },
    wordPrefix: { name: "Blue Summit Aviation" },
    leasing: { name: "Summit Leasing" },
    charter: { name: "Summit Air Charter LLC" },
    account: { name: "Other Co", accountNumber: "SUMMIT" },
    mueller: { name: "Müller Flugtechnik GmbH", city: "Köln", country: "DE" },
    phone: { name: "Phone Owner", phone: "+1 865 555 0142" },
    phoneInAccount: { name: "Digits Co", accountNumber: "X8655550142Y" },
    pilot: { name: "Pilot Owner" },
    formerPilot: { name: "Former Pilot" },
    archivedPlane: { name: "Owner Of Archived Plane" },
    trucker: { name: "Trucking Owner" },
  };
  for (const [key, input] of Object.entries(fixtures)) ids[key] = (await makeCustomer(ctx, input)).id;
  await makeCustomer(other, { name: "Summit Air Elsewhere", accountNumber: "SUMMIT" });

  plane = await makeAircraft(ctx, { registration: "N7731Q", make: "Piper", model: "PA-28" });
  await makeAssetLinkRow(ctx.orgId, plane.id, ids.pilot!);
  await makeAssetLinkRow(ctx.orgId, plane.id, ids.formerPilot!, { status: "former" });
  const archived = await makeAircraft(ctx, { registration: "N7732Q" });
  await makeAssetLinkRow(ctx.orgId, archived.id, ids.archivedPlane!);
  await db.asset.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  const truck = await makeVehicle(ctx, { make: "Peterbilt", model: "579", licensePlate: "TRK-4411" });
  await makeAssetLinkRow(ctx.orgId, truck.id, ids.trucker!);
  const elsewhere = await makeAircraft(other, { registration: "N7731Q" });
  const elsewhereOwner = await makeCustomer(other, { name: "Other Org Pilot" });
  await makeAssetLinkRow(other.orgId, elsewhere.id, elsewhereOwner.id);
});

async function search(q: string, extra: Record<string, string> = {}) {
  return listCustomers(ctx, parseCustomerListParams({ q, ...extra }));
}
const names = (result: Awaited<ReturnType<typeof search>>) => result.rows.map((row) => row.name);

describe("relevance order", () => {
  it("ranks an exact account number, then name prefixes, word prefixes and other matches", async () => {
    const result = await search("summit");
    expect(names(result)).toEqual([
      "Other Co",
      "Summit Air Charter LLC",
      "Summit Leasing",
      "Blue Summit Aviation",
      "Consummitment Holdings",
    ]);
    expect(result).toMatchObject({ total: 5, totalCapped: false });
  });

  it("keeps an explicit sort, and writes relevance as the default only while searching", async () => {
    const byName = await search("summit", { sort: "name" });
    expect(names(byName)).toEqual([
      "Blue Summit Aviation",
      "Consummitment Holdings",
      "Other Co",
      "Summit Air Charter LLC",
      "Summit Leasing",
    ]);
    expect(customerListCodec.parse(new URLSearchParams("q=summit")).sort.column).toBe("relevance");
    expect(customerListCodec.serialize(parseCustomerListParams({ q: "summit", sort: "relevance" }))).toBe("q=summit");
    expect(customerListCodec.serialize(parseCustomerListParams({ q: "summit", sort: "name" }))).toBe(
      "q=summit&sort=name",
    );
    expect(parseCustomerListParams({ sort: "relevance" }).sort).toEqual({ column: "name", direction: "asc" });
  });

  it("ranks an exact email and an exact phone first", async () => {
    const owner = await makeCustomer(ctx, { name: "Zeta Mail", email: "summit@zeta.test" });
    expect((await search("summit@zeta.test")).rows[0]?.id).toBe(owner.id);
    const byPhone = await search("865 555 0142");
    expect(byPhone.rows.map((row) => row.id)).toEqual([ids.phone, ids.phoneInAccount]);
  });

  it("offers near-misses, most similar first, only when nothing matches exactly", async () => {
    expect(names(await search("sumit air"))).toEqual(["Summit Air Charter LLC"]);
    expect(names(await search("sumit"))).toEqual(
      expect.arrayContaining(["Summit Air Charter LLC", "Summit Leasing", "Blue Summit Aviation"]),
    );
    // "Blue Summit Aviation" is as similar to "summit air", but an exact match exists.
    expect(names(await search("summit air"))).toEqual(["Summit Air Charter LLC"]);
  });
});

describe("typos, transliteration and phones", () => {
  it.each(["sumit air", "summit air chartr", "flugtechnk"])("finds near-misses: %s", async (q) => {
    const result = await search(q);
    expect(names(result).some((name) => name === "Summit Air Charter LLC" || name.startsWith("Müller"))).toBe(true);
  });

  it.each(["mueller", "muller", "Müller", "MÜLLER flug"])("finds Müller as %s", async (q) => {
    expect(names(await search(q))).toContain("Müller Flugtechnik GmbH");
  });

  it.each(["865-555-0142", "865 555 0142", "(865) 555-0142", "+1 865-555-0142", "555-0142"])(
    "finds a phone typed as %s",
    async (q) => {
      expect(names(await search(q))).toContain("Phone Owner");
    },
  );

  it("does not treat identifiers as typos of each other", async () => {
    expect(names(await search("X8655550143Y"))).toEqual([]);
  });
});

describe("customers found through their aircraft and vehicles", () => {
  it("finds the current owner of a registration, and shows the aircraft", async () => {
    const result = await search("N7731Q");
    expect(result.rows.map((row) => row.id)).toEqual([ids.pilot]);
    expect(result.rows[0]?.matchedAsset).toEqual({ id: plane.id, kind: "aircraft", label: "N7731Q · Piper PA-28" });
    expect(names(await search("n 7731q"))).toEqual(["Pilot Owner"]);
  });

  it("ignores ended links and archived aircraft", async () => {
    expect(names(await search("N7731"))).not.toContain("Former Pilot");
    expect(names(await search("N7732Q"))).toEqual([]);
  });

  it("matches a vehicle's plate, make and model", async () => {
    for (const q of ["TRK-4411", "trk4411", "peterbilt", "Peterbilt 579"]) {
      const result = await search(q);
      expect(result.rows.map((row) => row.id)).toEqual([ids.trucker]);
      expect(result.rows[0]?.matchedAsset).toMatchObject({
        kind: "vehicle",
        label: expect.stringContaining("Peterbilt 579"),
      });
    }
  });

  it("leaves matchedAsset empty for customers found by their own text", async () => {
    const [row] = (await search("Pilot Owner")).rows;
    expect(row).toMatchObject({ name: "Pilot Owner", matchedAsset: null });
  });
});

describe("short terms and other organizations", () => {
  it("matches one or two letters as the start of the name", async () => {
    expect(names(await search("su"))).toEqual(["Summit Air Charter LLC", "Summit Leasing"]);
    expect(names(await search("m"))).toEqual(["Müller Flugtechnik GmbH"]);
  });

  it("never finds another organization's customers, assets or links", async () => {
    const result = await search("elsewhere");
    expect(result).toMatchObject({ rows: [], total: 0 });
    expect(names(await search("N7731Q"))).toEqual(["Pilot Owner"]);
    const theirs = await listCustomers(other, parseCustomerListParams({ q: "summit" }));
    expect(theirs.rows.map((row) => row.name)).toEqual(["Summit Air Elsewhere"]);
  });
});

describe("pickers and the command palette", () => {
  it("rank like the list", async () => {
    const options = await searchCustomerOptions(ctx, { q: "summit", limit: 3 });
    expect(options.map((option) => option.label)).toEqual(["Other Co", "Summit Air Charter LLC", "Summit Leasing"]);
    const palette = await globalSearch(ctx, { q: "N7731Q" });
    expect(palette.customers.map((hit) => hit.title)).toEqual(["Pilot Owner"]);
  });
});

describe("more matches than the count cap", () => {
  let big: Ctx;
  let exactId: string;

  beforeAll(async () => {
    ({
      ctx: { manager: big },
    } = await makeOrgWithRoles());
    // Bare rows in one statement (the factories' validated rows take minutes at this count). Twice the cap:
    // whether or not autovacuum has analyzed them yet, the planner's estimate is either far below a thousand
    // (no statistics: counted, "10,000+") or past one and a half times the cap ("10,000+" without counting).
    await db.$executeRaw`
      INSERT INTO customer (id, organization_id, name, search_text, updated_at)
      SELECT gen_random_uuid(), ${big.orgId}, 'Bulk ' || lpad(n::text, 5, '0'), 'bulk ' || lpad(n::text, 5, '0'), now()
      FROM generate_series(1, ${2 * SEARCH_COUNT_CAP}) AS n`;
    exactId = (await makeCustomer(big, { name: "Zulu Exact", accountNumber: "BULK" })).id;
  }, 120_000);

  const bulk = (extra: Record<string, string> = {}) =>
    listCustomers(big, parseCustomerListParams({ q: "bulk", ...extra }));

  it("answers a capped total, ranks the exact match first and pages up to the cap", async () => {
    const first = await bulk();
    expect(first).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true, pageCount: SEARCH_COUNT_CAP / 25 });
    expect(first.rows[0]?.id).toBe(exactId);
    const second = await bulk({ page: "2" });
    expect(second.rows).toHaveLength(25);
    const keys = [...first.rows.slice(1), ...second.rows].map((row) => row.name.toLowerCase());
    expect(keys).toEqual([...keys].sort());
    expect(second.rows[0]!.name > first.rows[24]!.name).toBe(true);
    expect((await bulk({ page: String(SEARCH_COUNT_CAP / 25) })).rows).toHaveLength(25);
    expect((await bulk({ page: String(SEARCH_COUNT_CAP / 25 + 1) })).rows).toHaveLength(0);
  });

  it("walks an explicit sort's index when capped", async () => {
    const result = await bulk({ sort: "-name" });
    expect(result).toMatchObject({ totalCapped: true });
    expect(result.rows[0]?.name).toBe("Zulu Exact");
    const rest = result.rows.slice(1).map((row) => row.name);
    expect(rest).toEqual([...rest].sort().reverse());
  });

  it("sorts every match when the sort column's index reaches them late", async () => {
    // More non-matching customers sort before "bulk" than the bounded index walk reads.
    await db.$executeRaw`
      INSERT INTO customer (id, organization_id, name, search_text, updated_at)
      SELECT gen_random_uuid(), ${big.orgId}, 'Alpha ' || lpad(n::text, 5, '0'), 'alpha ' || lpad(n::text, 5, '0'), now()
      FROM generate_series(1, 7000) AS n`;
    const first = await bulk({ sort: "name" });
    expect(first).toMatchObject({ totalCapped: true });
    expect(first.rows.map((row) => row.name)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Bulk ${String(i + 1).padStart(5, "0")}`),
    );
    const second = await bulk({ sort: "name", page: "2" });
    expect(second.rows[0]?.name).toBe("Bulk 00026");
  });

  it("counts exactly below the cap", async () => {
    const result = await listCustomers(big, parseCustomerListParams({ q: "zulu" }));
    expect(result).toMatchObject({ total: 1, totalCapped: false });
  });

  /** The search's statements with the planner's estimate replaced by `rows`, and the statements run. */
  async function withEstimate(q: string, rows: number) {
    const params = parseCustomerListParams({ q });
    const statements = {
      ...searchPageStatements(big, params, parseCustomerSearch(q)!),
      estimate: Prisma.sql`SELECT ${JSON.stringify([{ Plan: { "Plan Rows": rows } }])}::text AS "QUERY PLAN"`,
    };
    const ran: string[] = [];
    const run: RunSql = (statement) => {
      ran.push(statement === statements.first ? "first" : statement === statements.capped ? "capped" : "estimate");
      return db.$queryRaw(statement);
    };
    return { page: await runSearchPage(run, statements, params), ran };
  }

  it("skips counting a term the planner expects to match far past the cap", async () => {
    const { page, ran } = await withEstimate("bulk", 1_000_000);
    expect(ran).toEqual(["estimate", "capped"]);
    expect(page).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true, totalEstimated: false });
    expect(page.ids[0]).toBe(exactId);
    expect(page.ids).toEqual((await bulk()).rows.map((row) => row.id));
  });

  it("counts after all when an overestimated term's page comes back short", async () => {
    const { page, ran } = await withEstimate("zulu", 1_000_000);
    expect(ran).toEqual(["estimate", "capped", "first"]);
    expect(page).toEqual({ ids: [exactId], total: 1, totalCapped: false, totalEstimated: false });
  });

  it("shows the estimate of a term the planner expects to match more than a thousand, without counting", async () => {
    const { page, ran } = await withEstimate("bulk", 2_400);
    expect(ran).toEqual(["estimate", "capped"]);
    expect(page).toMatchObject({ total: 2_400, totalCapped: false, totalEstimated: true });
    expect(page.ids[0]).toBe(exactId);
  });

  it("counts a term the planner expects to match less", async () => {
    const { page, ran } = await withEstimate("bulk", 500);
    expect(ran).toEqual(["estimate", "first", "capped"]);
    expect(page).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true, totalEstimated: false });
  });

  it("reads the planner's estimate of a real term", async () => {
    const params = parseCustomerListParams({ q: "bulk" });
    const { estimate } = searchPageStatements(big, params, parseCustomerSearch("bulk")!);
    const [row] = await db.$queryRaw<{ "QUERY PLAN": unknown }[]>(estimate);
    const plan = typeof row!["QUERY PLAN"] === "string" ? JSON.parse(row!["QUERY PLAN"]) : row!["QUERY PLAN"];
    expect(plan[0].Plan["Plan Rows"]).toBeGreaterThan(0);
  });
});

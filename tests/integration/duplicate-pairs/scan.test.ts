// The duplicates scan: each kind of match pairs two customers with its reason, scores order the pairs,
// names pair only in the same postal code or city, dismissals outlive rescans, and organizations never mix.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NAME_SIMILARITY, scoreReasons } from "@/lib/duplicates/scoring";
import {
  dismissDuplicatePair,
  queueScanAfterImport,
  restoreDuplicatePair,
  startDuplicateScan,
} from "@/lib/duplicate-pairs/mutations";
import { makeAssetLinkRow, makeAssetRow, makeContact, makeCustomer, makeOrgWithRoles, uniq } from "@/tests/factories";
import { findPair, list, scan } from "./helpers";

let ctx: Record<Role, Ctx>;
const ids: Record<string, string> = {};
const tag = uniq("").toLowerCase();

async function customer(key: string, input: Parameters<typeof makeCustomer>[1]) {
  ids[key] = (await makeCustomer(ctx.manager, { name: `${key} ${uniq()}`, ...input })).id;
  return ids[key]!;
}

beforeAll(async () => {
  ({ ctx } = await makeOrgWithRoles());
  // Email: the customer's own, and another customer's contact (case differs).
  await customer("emailA", { email: `ops-${tag}@alpha.example` });
  await makeContact(ctx.manager, await customer("emailB", {}), { email: `OPS-${tag}@Alpha.example` });
  // Phone: the customer's phone and another customer's contact mobile, typed differently.
  await customer("phoneA", { phone: "+1 865 555 0142", country: "US" });
  await makeContact(ctx.manager, await customer("phoneB", { country: "US" }), { mobile: "(865) 555-0142" });
  // Account number written two ways.
  await customer("accountA", { accountNumber: `AC-${tag}` });
  await customer("accountB", { accountNumber: `ac${tag}` });
  // Website: same domain, different page.
  await customer("webA", { website: `https://www.site-${tag}.example/about` });
  await customer("webB", { website: `site-${tag}.example` });
  // A shared aircraft.
  const aircraft = await makeAssetRow(ctx.manager.orgId);
  await makeAssetLinkRow(ctx.manager.orgId, aircraft.id, await customer("assetA", {}));
  await makeAssetLinkRow(ctx.manager.orgId, aircraft.id, await customer("assetB", {}));
  // Names: the same company in one postal code (suffix and accents aside), a typo in one city, and
  // the same name in another city (not a pair).
  const koeln = { city: "Köln", postalCode: "50667", country: "DE" };
  ids.nameA = (await makeCustomer(ctx.manager, { name: `Müller Flugtechnik ${tag} GmbH`, ...koeln })).id;
  ids.nameB = (await makeCustomer(ctx.manager, { name: `Muller Flugtechnik ${tag}`, ...koeln })).id;
  const knoxville = { city: "Knoxville", country: "US" };
  ids.typoA = (await makeCustomer(ctx.manager, { name: `Summit Air Charter ${tag} LLC`, ...knoxville })).id;
  ids.typoB = (await makeCustomer(ctx.manager, { name: `Sumit Air Charter ${tag}`, ...knoxville })).id;
  ids.elsewhere = (
    await makeCustomer(ctx.manager, { name: `Summit Air Charter ${tag}`, city: "Denver", country: "US" })
  ).id;
  const denver = { city: "Denver", country: "US" };
  ids.helicopters = (await makeCustomer(ctx.manager, { name: `Summit Helicopters ${tag}`, ...denver })).id;
  // Strong: same email (via a contact), same phone and a similar name in one city.
  ids.strongA = (
    await makeCustomer(ctx.manager, {
      name: `Blue Ridge Avionics ${tag}`,
      email: `desk-${tag}@blueridge.example`,
      phone: "+1 423 555 0199",
      ...knoxville,
    })
  ).id;
  ids.strongB = (
    await makeCustomer(ctx.manager, { name: `Blue Ridge Avionics ${tag} Inc.`, phone: "423-555-0199", ...knoxville })
  ).id;
  await makeContact(ctx.manager, ids.strongB, { email: `desk-${tag}@blueridge.example` });
});

describe("the scan", () => {
  it("runs as a job through every step and reports the pairs it stored", async () => {
    const job = await scan(ctx.manager);
    expect(job).toMatchObject({ status: "completed", kind: "duplicate_scan", total: 7, processed: 7 });
    expect(job.created).toBe((await list(ctx.manager)).total);
    expect(await db.duplicateCandidate.count({ where: { jobId: job.id } })).toBe(0);
  });

  it.each([
    ["emailA", "emailB", "email"],
    ["phoneA", "phoneB", "phone"],
    ["accountA", "accountB", "accountNumber"],
    ["webA", "webB", "websiteDomain"],
    ["assetA", "assetB", "sharedAsset"],
    ["nameA", "nameB", "similarName"],
    ["typoA", "typoB", "similarName"],
  ])("pairs %s and %s by %s", async (a, b, kind) => {
    const pair = await findPair(ctx.manager, ids[a]!, ids[b]!);
    expect(pair?.reasons.map((reason) => reason.kind)).toContain(kind);
    expect(pair!.score).toBeGreaterThan(0);
  });

  it("names the shared value and the name similarity", async () => {
    const email = await findPair(ctx.manager, ids.emailA!, ids.emailB!);
    expect(email!.reasons).toEqual([{ kind: "email", value: `ops-${tag}@alpha.example` }]);
    const typo = await findPair(ctx.manager, ids.typoA!, ids.typoB!);
    const name = typo!.reasons.find((reason) => reason.kind === "similarName");
    expect(name).toMatchObject({ kind: "similarName", samePostalCode: false, sameCity: true });
    if (name?.kind !== "similarName") throw new Error("expected a similar name");
    expect(name.similarity).toBeGreaterThanOrEqual(NAME_SIMILARITY.withLocation);
    expect(name.similarity).toBeLessThan(1);
  });

  it("pairs alike names in the same postal code or city, and elsewhere only when nearly equal", async () => {
    const apart = await findPair(ctx.manager, ids.typoA!, ids.elsewhere!);
    expect(apart?.reasons).toEqual([{ kind: "similarName", similarity: 1, samePostalCode: false, sameCity: false }]);
    expect(apart!.score).toBeLessThan((await findPair(ctx.manager, ids.typoA!, ids.typoB!))!.score);
    expect(ids.helicopters).toBeDefined();
    expect(await findPair(ctx.manager, ids.typoA!, ids.helicopters!)).toBeUndefined();
  });

  it("scores more shared keys higher and lists the highest first", async () => {
    const strong = await findPair(ctx.manager, ids.strongA!, ids.strongB!);
    expect(strong!.reasons.map((reason) => reason.kind).sort()).toEqual(["email", "phone", "similarName"]);
    const { rows } = await list(ctx.manager);
    expect(rows[0]!.score).toBe(strong!.score);
    const scores = rows.map((row) => row.score);
    // The same score lib/duplicates gives these reasons when a customer is being created.
    for (const row of rows) expect(row.score).toBe(scoreReasons(row.reasons));
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const byName = await list(ctx.manager, { sort: "name" });
    const names = byName.rows.map((row) => row.customers.map((c) => c.name.toLowerCase()).sort()[0]!);
    expect(names).toEqual([...names].sort());
  });

  it("searches either customer of a pair and filters by reason", async () => {
    const found = await list(ctx.manager, { q: "flugtechnik" });
    expect(found.rows.map((row) => row.customers.map((c) => c.id).sort())).toEqual([[ids.nameA, ids.nameB].sort()]);
    const websites = await list(ctx.manager, { reason: "websiteDomain" });
    expect(websites.rows.every((row) => row.reasons.some((reason) => reason.kind === "websiteDomain"))).toBe(true);
    expect(websites.total).toBe(1);
  });
});

describe("dismissals", () => {
  it("hide a pair at once, keep it out of later scans, and can be taken back", async () => {
    const pair = [ids.webB!, ids.webA!] as [string, string];
    await dismissDuplicatePair(ctx.manager, { customerIds: pair, note: "Franchise of the same brand" });
    await dismissDuplicatePair(ctx.manager, { customerIds: pair });
    expect(await findPair(ctx.manager, ...pair)).toBeUndefined();
    await scan(ctx.manager);
    expect(await findPair(ctx.manager, ...pair)).toBeUndefined();
    const [a, b] = pair.sort();
    expect(
      await db.duplicateDismissal.findUnique({
        where: { customerAId_customerBId: { customerAId: a!, customerBId: b! } },
      }),
    ).toMatchObject({
      note: "Franchise of the same brand",
      dismissedById: ctx.manager.userId,
    });
    await restoreDuplicatePair(ctx.manager, { customerIds: pair });
    await scan(ctx.manager);
    expect(await findPair(ctx.manager, ...pair)).toBeDefined();
  });

  it("go with a deleted customer, as do its pairs", async () => {
    const a = (await makeCustomer(ctx.manager, { website: `gone-${tag}.example` })).id;
    const b = (await makeCustomer(ctx.manager, { website: `https://gone-${tag}.example` })).id;
    await scan(ctx.manager);
    expect(await findPair(ctx.manager, a, b)).toBeDefined();
    await dismissDuplicatePair(ctx.manager, { customerIds: [a, b] });
    await db.customer.delete({ where: { id: a } });
    expect(await db.duplicatePair.count({ where: { OR: [{ customerAId: a }, { customerBId: a }] } })).toBe(0);
    expect(await db.duplicateDismissal.count({ where: { OR: [{ customerAId: a }, { customerBId: a }] } })).toBe(0);
  });
});

describe("organizations and roles", () => {
  it("never pairs customers of two organizations, nor shows or dismisses another organization's", async () => {
    const other = await makeOrgWithRoles();
    const twin = await makeCustomer(other.manager, { name: uniq("Twin "), email: `ops-${tag}@alpha.example` });
    await scan(other.manager);
    expect((await list(other.manager)).total).toBe(0);
    expect(await findPair(ctx.manager, ids.emailA!, twin.id)).toBeUndefined();
    await expect(
      dismissDuplicatePair(other.manager, { customerIds: [ids.emailA!, ids.emailB!] }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(dismissDuplicatePair(ctx.manager, { customerIds: [ids.emailA!, twin.id] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets managers and up review, scan and dismiss; staff and viewers get FORBIDDEN", async () => {
    for (const role of ["staff", "viewer"] as const) {
      await expect(list(ctx[role])).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(scan(ctx[role])).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(dismissDuplicatePair(ctx[role], { customerIds: [ids.emailA!, ids.emailB!] })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    for (const role of ["owner", "admin", "manager"] as const) expect((await list(ctx[role])).total).toBeGreaterThan(0);
  });

  it("refuses a pair of one customer, or ids that are not UUIDs", async () => {
    await expect(dismissDuplicatePair(ctx.manager, { customerIds: [ids.emailA!, ids.emailA!] })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(dismissDuplicatePair(ctx.manager, { customerIds: ["x", "y"] })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("queues one scan after an import (for roles that may review), and Scan now joins a pending one", async () => {
    const { ctx: other } = await makeOrgWithRoles();
    const scans = () => db.job.findMany({ where: { organizationId: other.manager.orgId, kind: "duplicate_scan" } });
    await queueScanAfterImport(other.staff);
    expect(await scans()).toHaveLength(0);
    await queueScanAfterImport(other.manager);
    await queueScanAfterImport(other.admin);
    const [queued] = await scans();
    expect(queued).toMatchObject({
      status: "queued",
      params: { trigger: "import" },
      createdById: other.manager.userId,
    });
    expect((await startDuplicateScan(other.owner)).id).toBe(queued!.id);
    expect(await scans()).toHaveLength(1);
  });
});

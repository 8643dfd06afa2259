// The primary-customer rules: first current link, make/set primary, unlink and status changes promote.
import { describe, expect, it } from "vitest";
import { linkCustomer, setPrimaryLink, unlinkCustomer, updateLink } from "@/lib/asset-links/mutations";
import { findPrimaryLink } from "@/lib/asset-links/queries";
import { db } from "@/lib/db";
import { makeAssetLinkRow, makeAssetRow, makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";
import { expectPrimary } from "./helpers";

const { staff } = await makeOrgWithRoles();

/** An asset with `count` current links to new customers, linked in order (the first is primary). */
async function assetWithLinks(count: number) {
  const asset = await makeAssetRow(staff.orgId);
  const links = [];
  for (let i = 0; i < count; i++) {
    const customer = await makeCustomer(staff);
    links.push(await linkCustomer(staff, { assetId: asset.id, customerId: customer.id }));
  }
  return { asset, links };
}

describe("linkCustomer", () => {
  it("makes the first current link primary, later ones not, with the given fields", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const [a, b] = [await makeCustomer(staff), await makeCustomer(staff)];
    const first = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: a.id,
      relationship: "operator",
      since: "2021-03-04",
      notes: "  Leases it from the bank ",
    });
    expect(first).toMatchObject({
      isPrimary: true,
      relationship: "operator",
      status: "current",
      notes: "Leases it from the bank",
    });
    expect(first.since?.toISOString()).toBe("2021-03-04T00:00:00.000Z");
    expect(first.customer).toMatchObject({ id: a.id, name: a.name, archivedAt: null });
    const second = await linkCustomer(staff, { assetId: asset.id, customerId: b.id });
    expect(second).toMatchObject({ isPrimary: false, relationship: "owner", status: "current", since: null });
    expect((await findPrimaryLink(db, staff.orgId, asset.id))?.id).toBe(first.id);
  });

  it("does not make a former or prospective link primary, but the next current one", async () => {
    const asset = await makeAssetRow(staff.orgId, { kind: "vehicle" });
    const former = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: (await makeCustomer(staff)).id,
      status: "former",
    });
    const prospect = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: (await makeCustomer(staff)).id,
      status: "prospective",
    });
    expect([former.isPrimary, prospect.isPrimary]).toEqual([false, false]);
    await expectPrimary(asset.id, null);
    const current = await linkCustomer(staff, { assetId: asset.id, customerId: (await makeCustomer(staff)).id });
    await expectPrimary(asset.id, current.id);
  });

  it("with makePrimary takes primary from the previous one", async () => {
    const { asset, links } = await assetWithLinks(1);
    const taken = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: (await makeCustomer(staff)).id,
      makePrimary: true,
    });
    expect(taken.isPrimary).toBe(true);
    await expectPrimary(asset.id, taken.id);
    expect(links[0]!.isPrimary).toBe(true);
  });

  it("refuses makePrimary on a link that is not current", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const customer = await makeCustomer(staff);
    const refused = await rejectionOf(
      linkCustomer(staff, { assetId: asset.id, customerId: customer.id, status: "former", makePrimary: true }),
    );
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "Only a current link can be primary. Set its status to current first.",
    });
  });

  it("validates relationship, status, since and notes", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const customer = await makeCustomer(staff);
    const input = { assetId: asset.id, customerId: customer.id };
    const { code, fieldErrors } = await rejectionOf(
      linkCustomer(staff, {
        ...input,
        relationship: "pilot" as "owner",
        status: "sold" as "former",
        since: "2021-02-30",
        notes: "x".repeat(501),
      }),
    );
    expect(code).toBe("VALIDATION");
    expect(Object.keys(fieldErrors).sort()).toEqual(["notes", "relationship", "since", "status"]);
  });
});

describe("setPrimaryLink", () => {
  it("moves primary to the link and clears the old one in the same transaction", async () => {
    const { asset, links } = await assetWithLinks(3);
    const result = await setPrimaryLink(staff, links[2]!.id);
    expect(result.isPrimary).toBe(true);
    await expectPrimary(asset.id, links[2]!.id);
    await setPrimaryLink(staff, links[2]!.id);
    await expectPrimary(asset.id, links[2]!.id);
  });

  it("refuses a link that is not current", async () => {
    const { asset } = await assetWithLinks(1);
    const former = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: (await makeCustomer(staff)).id,
      status: "former",
    });
    expect((await rejectionOf(setPrimaryLink(staff, former.id))).code).toBe("CONFLICT");
  });
});

describe("unlinkCustomer", () => {
  it("promotes the earliest remaining current link when the primary is unlinked", async () => {
    const { asset, links } = await assetWithLinks(3);
    await updateLink(staff, links[1]!.id, { status: "former" });
    await unlinkCustomer(staff, links[0]!.id);
    await expectPrimary(asset.id, links[2]!.id);
    await unlinkCustomer(staff, links[2]!.id);
    await expectPrimary(asset.id, null);
    expect(await db.assetCustomer.count({ where: { assetId: asset.id } })).toBe(1);
  });

  it("leaves the primary alone when another link is unlinked", async () => {
    const { asset, links } = await assetWithLinks(2);
    await unlinkCustomer(staff, links[1]!.id);
    await expectPrimary(asset.id, links[0]!.id);
    expect((await rejectionOf(unlinkCustomer(staff, links[1]!.id))).code).toBe("NOT_FOUND");
  });
});

describe("updateLink", () => {
  it("hands primary on when the primary becomes former or prospective", async () => {
    const { asset, links } = await assetWithLinks(3);
    const sold = await updateLink(staff, links[0]!.id, { status: "former", notes: "Sold in 2024" });
    expect(sold).toMatchObject({ status: "former", isPrimary: false, notes: "Sold in 2024" });
    await expectPrimary(asset.id, links[1]!.id);
    await updateLink(staff, links[1]!.id, { status: "prospective" });
    await expectPrimary(asset.id, links[2]!.id);
    await updateLink(staff, links[2]!.id, { status: "former" });
    await expectPrimary(asset.id, null);
  });

  it("makes a link that becomes current primary when the asset has none, not otherwise", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const prospect = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: (await makeCustomer(staff)).id,
      status: "prospective",
    });
    const former = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: (await makeCustomer(staff)).id,
      status: "former",
    });
    expect((await updateLink(staff, former.id, { status: "current" })).isPrimary).toBe(true);
    expect((await updateLink(staff, prospect.id, { status: "current" })).isPrimary).toBe(false);
    await expectPrimary(asset.id, former.id);
  });

  it("changes relationship, since and notes without touching primary; empty clears", async () => {
    const { asset, links } = await assetWithLinks(1);
    const edited = await updateLink(staff, links[0]!.id, { relationship: "lessee", since: "2020-01-31", notes: "x" });
    expect(edited).toMatchObject({ relationship: "lessee", isPrimary: true, notes: "x" });
    const cleared = await updateLink(staff, links[0]!.id, { since: "", notes: null });
    expect(cleared).toMatchObject({ relationship: "lessee", since: null, notes: null });
    await expectPrimary(asset.id, links[0]!.id);
  });

  it("repairs an asset whose current links have no primary (rows written directly)", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const [a, b] = [await makeCustomer(staff), await makeCustomer(staff)];
    const first = await makeAssetLinkRow(staff.orgId, asset.id, a.id);
    const second = await makeAssetLinkRow(staff.orgId, asset.id, b.id, { status: "former" });
    await updateLink(staff, second.id, { status: "current" });
    await expectPrimary(asset.id, second.id);
    expect(first.isPrimary).toBe(false);
  });
});

describe("updateLink with makePrimary", () => {
  it("makes the link primary in the same change, after setting it current", async () => {
    const { asset } = await assetWithLinks(1);
    const former = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: (await makeCustomer(staff)).id,
      status: "former",
    });
    const promoted = await updateLink(staff, former.id, {
      status: "current",
      relationship: "co_owner",
      makePrimary: true,
    });
    expect(promoted).toMatchObject({ status: "current", relationship: "co_owner", isPrimary: true });
    await expectPrimary(asset.id, former.id);
  });

  it("refuses makePrimary with a status other than current and changes nothing", async () => {
    const { asset, links } = await assetWithLinks(2);
    const refused = await rejectionOf(
      updateLink(staff, links[1]!.id, { status: "former", notes: "x", makePrimary: true }),
    );
    expect(refused.code).toBe("CONFLICT");
    const unchanged = await db.assetCustomer.findUniqueOrThrow({ where: { id: links[1]!.id } });
    expect(unchanged).toMatchObject({ status: "current", notes: null });
    await expectPrimary(asset.id, links[0]!.id);
  });
});

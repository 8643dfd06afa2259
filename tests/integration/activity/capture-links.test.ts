// Link changes on the customer's timeline: linked, updated, unlinked, and primary moves on both customers.
import { describe, expect, it } from "vitest";
import { linkCustomer, setPrimaryLink, unlinkCustomer, updateLink } from "@/lib/asset-links/mutations";
import { archiveCustomer, restoreCustomer } from "@/lib/customers/mutations";
import { makeAssetRow, makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";
import { actionsOf, timelineOf } from "./helpers";

async function setup() {
  const { ctx } = await makeOrgWithRoles();
  const staff = ctx.staff;
  const asset = await makeAssetRow(staff.orgId, { registration: `N${Date.now() % 100000}` });
  const [a, b] = [await makeCustomer(staff, { name: "Alpha Air" }), await makeCustomer(staff, { name: "Bravo Jets" })];
  return { ctx, staff, asset, a, b };
}

describe("asset link activity capture", () => {
  it("records linking (with its fields) and the primary it gained, naming the asset", async () => {
    const { staff, asset, a } = await setup();
    await linkCustomer(staff, { assetId: asset.id, customerId: a.id, relationship: "operator", since: "2021-03-04" });
    const [primary, linked] = await timelineOf(a.id);
    expect(linked).toMatchObject({
      entityType: "asset_link",
      action: "linked",
      summary: expect.stringContaining(asset.registration!),
    });
    expect(linked?.changes).toMatchObject({
      relationship: { from: null, to: "operator" },
      status: { from: null, to: "current" },
      since: { from: null, to: "2021-03-04T00:00:00.000Z" },
    });
    expect(primary).toMatchObject({
      action: "primary_changed",
      changes: { primaryCustomer: { from: null, to: "Alpha Air" } },
    });
  });

  it("records a primary move from one customer to another on both timelines", async () => {
    const { staff, asset, a, b } = await setup();
    await linkCustomer(staff, { assetId: asset.id, customerId: a.id });
    const linkB = await linkCustomer(staff, { assetId: asset.id, customerId: b.id });
    expect(await actionsOf(b.id)).toEqual(["customer:created", "asset_link:linked"]);
    await setPrimaryLink(staff, linkB.id);
    const move = { primaryCustomer: { from: "Alpha Air", to: "Bravo Jets" } };
    const [lost] = await timelineOf(a.id);
    const [gained] = await timelineOf(b.id);
    expect(lost).toMatchObject({
      action: "primary_changed",
      summary: expect.stringMatching(/^No longer/),
      changes: move,
    });
    expect(gained).toMatchObject({
      action: "primary_changed",
      summary: expect.stringMatching(/^Became/),
      changes: move,
    });
  });

  it("records a link update with its diff, and the primary it handed on", async () => {
    const { staff, asset, a, b } = await setup();
    const linkA = await linkCustomer(staff, { assetId: asset.id, customerId: a.id });
    await linkCustomer(staff, { assetId: asset.id, customerId: b.id });
    await updateLink(staff, linkA.id, { status: "former", notes: "Sold it" });
    const rows = await timelineOf(a.id);
    const updated = rows.find((row) => row.action === "updated");
    expect(updated?.changes).toEqual({
      status: { from: "current", to: "former" },
      notes: { from: null, to: "Sold it" },
    });
    expect((await actionsOf(b.id)).at(-1)).toBe("asset_link:primary_changed");
  });

  it("records unlinking, and the primary moving to the remaining customer", async () => {
    const { staff, asset, a, b } = await setup();
    const linkA = await linkCustomer(staff, { assetId: asset.id, customerId: a.id });
    await linkCustomer(staff, { assetId: asset.id, customerId: b.id });
    await unlinkCustomer(staff, linkA.id);
    expect((await actionsOf(a.id)).slice(-2)).toEqual(["asset_link:primary_changed", "asset_link:unlinked"]);
    expect((await actionsOf(b.id)).at(-1)).toBe("asset_link:primary_changed");
  });

  it("archiving hands primary on and records it on both customers; restoring records nothing more than the restore", async () => {
    const { ctx, staff, asset, a, b } = await setup();
    await linkCustomer(staff, { assetId: asset.id, customerId: a.id });
    await linkCustomer(staff, { assetId: asset.id, customerId: b.id });
    await archiveCustomer(ctx.manager, a.id);
    expect((await actionsOf(a.id)).slice(-2)).toEqual(["customer:archived", "asset_link:primary_changed"]);
    expect((await actionsOf(b.id)).at(-1)).toBe("asset_link:primary_changed");
    await restoreCustomer(ctx.manager, a.id);
    expect((await actionsOf(a.id)).at(-1)).toBe("customer:restored");
  });

  it("a refused link (already linked) records nothing", async () => {
    const { staff, asset, a } = await setup();
    await linkCustomer(staff, { assetId: asset.id, customerId: a.id });
    const before = await actionsOf(a.id);
    expect((await rejectionOf(linkCustomer(staff, { assetId: asset.id, customerId: a.id }))).code).toBe("CONFLICT");
    expect(await actionsOf(a.id)).toEqual(before);
  });
});

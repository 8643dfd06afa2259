// Where a new work order starts: from a customer, the picker lists that customer's current aircraft and
// vehicles first and preselects the only one; bad, foreign or archived ids just preselect nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadWorkOrderStart, searchWorkOrderAssets } from "@/lib/work-orders/new-work-order";
import { makeAssetLinkRow, makeAssetRow, makeCustomer, makeLinkedAsset, makeOrgWithRoles } from "@/tests/factories";

const { ctx } = await makeOrgWithRoles();
const other = await makeOrgWithRoles();

describe("starting a new work order", () => {
  it("preselects a customer's only current asset, and none when they have several", async () => {
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const start = await loadWorkOrderStart(ctx.staff, { assetId: "", customerId: owner.id });
    expect(start.customer).toEqual({ id: owner.id, name: owner.name });
    expect(start.asset?.id).toBe(asset.id);
    expect(start.asset?.customers).toEqual([expect.objectContaining({ id: owner.id, isPrimary: true })]);

    const second = await makeAssetRow(ctx.owner.orgId, { kind: "vehicle" });
    await makeAssetLinkRow(ctx.owner.orgId, second.id, owner.id, { status: "current" });
    const several = await loadWorkOrderStart(ctx.staff, { assetId: "", customerId: owner.id });
    expect(several).toEqual({ customer: { id: owner.id, name: owner.name }, asset: null });
  });

  it("ignores former links, archived assets and ids of another organization or none at all", async () => {
    const customer = await makeCustomer(ctx.staff);
    const former = await makeAssetRow(ctx.owner.orgId);
    await makeAssetLinkRow(ctx.owner.orgId, former.id, customer.id, { status: "former" });
    expect((await loadWorkOrderStart(ctx.staff, { assetId: "", customerId: customer.id })).asset).toBeNull();

    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    await db.asset.update({ where: { id: asset.id }, data: { archivedAt: new Date() } });
    expect((await loadWorkOrderStart(ctx.staff, { assetId: "", customerId: owner.id })).asset).toBeNull();
    expect((await loadWorkOrderStart(ctx.staff, { assetId: asset.id, customerId: "" })).asset).toBeNull();

    const { asset: foreignAsset, owner: foreignOwner } = await makeLinkedAsset(other.ctx.staff);
    const foreign = await loadWorkOrderStart(ctx.staff, { assetId: foreignAsset.id, customerId: foreignOwner.id });
    expect(foreign).toEqual({ customer: null, asset: null });
    expect(await loadWorkOrderStart(ctx.staff, { assetId: "nope", customerId: "nope" })).toEqual({
      customer: null,
      asset: null,
    });
  });

  it("lists the customer's current aircraft and vehicles first in the picker, then the others", async () => {
    const { asset: theirs, owner } = await makeLinkedAsset(ctx.staff);
    const { asset: someoneElses } = await makeLinkedAsset(ctx.staff);
    const options = await searchWorkOrderAssets(ctx.staff, { q: "", customerId: owner.id });
    expect(options[0]).toMatchObject({ value: theirs.id, description: `Aircraft · ${owner.name}` });
    expect(options.filter((option) => option.value === theirs.id)).toHaveLength(1);
    const searched = await searchWorkOrderAssets(ctx.staff, {
      q: someoneElses.registration ?? "",
      customerId: owner.id,
    });
    expect(searched).toEqual([expect.objectContaining({ value: someoneElses.id, description: "Aircraft" })]);
  });

  it("refuses roles that cannot open work orders", async () => {
    await expect(loadWorkOrderStart(ctx.viewer, { assetId: "", customerId: "" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

// Archiving a customer hands its primaries on; restoring takes primary back where nobody has it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { linkCustomer, updateLink } from "@/lib/asset-links/mutations";
import { describePrimaryLoss } from "@/lib/asset-links/primary-loss";
import { archiveCustomer, restoreCustomer } from "@/lib/customers/mutations";
import { expectPrimary } from "./helpers";
import { makeAssetRow, makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

let staff: Ctx;
let manager: Ctx;
let other: Ctx;

beforeAll(async () => {
  ({ staff, manager } = await makeOrgWithRoles());
  other = (await makeOrgWithRoles()).manager;
});

const link = async (assetId: string, customerId: string, status: "current" | "former" = "current") =>
  linkCustomer(staff, { assetId, customerId, status });

describe("archiving a customer", () => {
  it("demotes it on every asset and promotes the earliest eligible link per asset", async () => {
    const owner = await makeCustomer(staff);
    const [plane, truck, glider] = [
      await makeAssetRow(staff.orgId),
      await makeAssetRow(staff.orgId, { kind: "vehicle" }),
      await makeAssetRow(staff.orgId),
    ];
    const ownsPlane = await link(plane.id, owner.id);
    const ownsTruck = await link(truck.id, owner.id);
    await link(glider.id, (await makeCustomer(staff)).id);
    const coOwnsGlider = await link(glider.id, owner.id);
    await link(plane.id, (await makeCustomer(staff)).id, "former");
    const archivedOperator = await makeCustomer(staff);
    await link(plane.id, archivedOperator.id);
    await archiveCustomer(manager, archivedOperator.id);
    const nextOnPlane = await link(plane.id, (await makeCustomer(staff)).id);
    const laterOnPlane = await link(plane.id, (await makeCustomer(staff)).id);

    await archiveCustomer(manager, owner.id);
    await expectPrimary(plane.id, nextOnPlane.id);
    await expectPrimary(truck.id, null);
    expect(laterOnPlane.isPrimary).toBe(false);
    expect([ownsPlane.isPrimary, ownsTruck.isPrimary, coOwnsGlider.isPrimary]).toEqual([true, true, false]);

    await restoreCustomer(manager, owner.id);
    await expectPrimary(plane.id, nextOnPlane.id);
    await expectPrimary(truck.id, ownsTruck.id);
  });

  it("on restore, takes primary only through current links", async () => {
    const owner = await makeCustomer(staff);
    const asset = await makeAssetRow(staff.orgId);
    const ownership = await link(asset.id, owner.id);
    await archiveCustomer(manager, owner.id);
    await expectPrimary(asset.id, null);
    await updateLink(staff, ownership.id, { status: "former" });
    await restoreCustomer(manager, owner.id);
    await expectPrimary(asset.id, null);
  });
});

describe("describePrimaryLoss", () => {
  it("names each asset losing the customer as primary and who becomes primary instead", async () => {
    const owner = await makeCustomer(staff);
    const [plane, truck] = [await makeAssetRow(staff.orgId), await makeAssetRow(staff.orgId, { kind: "vehicle" })];
    await link(plane.id, owner.id);
    await link(truck.id, owner.id);
    const archived = await makeCustomer(staff);
    await link(plane.id, archived.id);
    await archiveCustomer(manager, archived.id);
    await link(plane.id, (await makeCustomer(staff)).id, "former");
    const next = await makeCustomer(staff);
    const nextLink = await link(plane.id, next.id);
    await link(plane.id, (await makeCustomer(staff)).id);
    await link((await makeAssetRow(staff.orgId)).id, owner.id, "former");

    const loss = await describePrimaryLoss(manager, owner.id);
    expect(loss).toEqual([
      {
        assetId: plane.id,
        assetLabel: `${plane.registration} · Cessna 172S`,
        kind: "aircraft",
        nextPrimaryName: next.name,
      },
      { assetId: truck.id, assetLabel: "Ford Transit", kind: "vehicle", nextPrimaryName: null },
    ]);
    await archiveCustomer(manager, owner.id);
    await expectPrimary(plane.id, nextLink.id);
    expect(await describePrimaryLoss(manager, owner.id)).toEqual([]);
  });

  it("is for those who may archive, within their organization", async () => {
    const customer = await makeCustomer(staff);
    expect((await rejectionOf(describePrimaryLoss(staff, customer.id))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(describePrimaryLoss(other, customer.id))).code).toBe("NOT_FOUND");
  });
});

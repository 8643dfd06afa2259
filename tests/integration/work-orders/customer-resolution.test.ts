// The server decides the billed customer from the asset's links and keeps a snapshot of it.
import { describe, expect, it } from "vitest";
import { updateCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { makeAssetLinkRow, makeAssetRow, makeCustomer, makeLinkedAsset, rejectionOf } from "@/tests/factories";
import { openWorkOrder, setupShop } from "./helpers";

const { ctx, serviceCenterId } = await setupShop();

describe("work order customer resolution", () => {
  it("bills the asset's primary customer and snapshots name and billing address", async () => {
    const asset = await makeAssetRow(ctx.owner.orgId);
    const owner = await makeCustomer(ctx.staff, {
      name: "Smoky Mountain Air",
      accountNumber: `SMA-${asset.id.slice(0, 6)}`,
      email: `ops-${asset.id.slice(0, 6)}@smoky.example`,
      phone: "(865) 555-0100",
      addressLine1: "1 Airport Rd",
      city: "Alcoa",
      region: "TN",
      postalCode: "37701",
    });
    await makeAssetLinkRow(ctx.owner.orgId, asset.id, owner.id, { isPrimary: true });
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId, assetId: asset.id });
    expect(workOrder.customerId).toBe(owner.id);
    expect(workOrder.customerName).toBe("Smoky Mountain Air");
    expect(workOrder.customerSnapshot).toEqual({
      name: "Smoky Mountain Air",
      accountNumber: owner.accountNumber,
      email: owner.email,
      phone: "+18655550100",
      billingAddress: {
        line1: "1 Airport Rd",
        line2: null,
        city: "Alcoa",
        region: "TN",
        postalCode: "37701",
        country: "US",
      },
    });
  });

  it("keeps the snapshot when the customer is edited later, while the detail shows the live record", async () => {
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId, assetId: asset.id });
    await updateCustomer(ctx.staff, owner.id, { name: "Renamed Aviation", city: "Nashville" });
    const detail = await getWorkOrder(ctx.viewer, workOrder.id);
    expect(detail.customerName).toBe(owner.name);
    expect(detail.customerSnapshot?.name).toBe(owner.name);
    expect(detail.customerSnapshot?.billingAddress.city).toBeNull();
    expect(detail.customer).toMatchObject({ id: owner.id, name: "Renamed Aviation" });
  });

  it("bills another customer with a current link when the client chooses it", async () => {
    const { asset } = await makeLinkedAsset(ctx.staff);
    const operator = await makeCustomer(ctx.staff);
    await makeAssetLinkRow(ctx.owner.orgId, asset.id, operator.id);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId, assetId: asset.id, customerId: operator.id });
    expect(workOrder).toMatchObject({ customerId: operator.id, customerName: operator.name });
  });

  it("rejects a customer that is not linked, or linked only as former or prospective, on customerId", async () => {
    const { asset } = await makeLinkedAsset(ctx.staff, "vehicle");
    const stranger = await makeCustomer(ctx.staff, { name: "Stranger Co" });
    const former = await makeCustomer(ctx.staff);
    const prospect = await makeCustomer(ctx.staff);
    await makeAssetLinkRow(ctx.owner.orgId, asset.id, former.id, { status: "former" });
    await makeAssetLinkRow(ctx.owner.orgId, asset.id, prospect.id, { status: "prospective" });
    const refused = await rejectionOf(
      openWorkOrder(ctx.staff, { serviceCenterId, assetId: asset.id, customerId: stranger.id }),
    );
    expect(refused.code).toBe("VALIDATION");
    expect(refused.fieldErrors.customerId).toEqual(["Stranger Co is not linked to this vehicle"]);
    for (const customer of [former, prospect]) {
      const result = await rejectionOf(
        openWorkOrder(ctx.staff, { serviceCenterId, assetId: asset.id, customerId: customer.id }),
      );
      expect(result.fieldErrors.customerId?.[0]).toMatch(/is not linked to this vehicle/);
    }
  });

  it("opens without a customer when asked to, also on an asset that has none", async () => {
    const { asset } = await makeLinkedAsset(ctx.staff);
    const without = await openWorkOrder(ctx.staff, {
      serviceCenterId,
      assetId: asset.id,
      customerId: null,
      withoutCustomer: true,
    });
    expect(without).toMatchObject({ customerId: null, customerName: null, customerSnapshot: null });
    const bare = await makeAssetRow(ctx.owner.orgId);
    const unlinked = await openWorkOrder(ctx.staff, { serviceCenterId, assetId: bare.id, withoutCustomer: true });
    expect(unlinked).toMatchObject({ customerId: null, customerName: null, customerSnapshot: null });
  });

  it("refuses a chosen customer together with withoutCustomer", async () => {
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const result = await rejectionOf(
      openWorkOrder(ctx.staff, { serviceCenterId, assetId: asset.id, customerId: owner.id, withoutCustomer: true }),
    );
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors.customerId).toBeDefined();
  });

  it("indexes number, registration, make/model and customer name for search", async () => {
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId, assetId: asset.id });
    const { searchText } = await db.workOrder.findUniqueOrThrow({ where: { id: workOrder.id } });
    for (const part of [workOrder.number, asset.registration ?? "", "cessna 172s", owner.name]) {
      expect(searchText).toContain(part.toLowerCase());
    }
  });
});

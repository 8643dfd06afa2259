// The printable work order: the customer as billed (the work order's snapshot, not the live record),
// the asset, dates in the organization's zone and locale, signature lines; and the PDF drawn from it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getWorkOrderDocument } from "@/lib/work-orders/document";
import { renderWorkOrderPdf } from "@/lib/work-orders/pdf";
import { makeAssetLinkRow, makeAssetRow, makeCustomer, rejectionOf } from "@/tests/factories";
import { openWorkOrder, setupShop } from "./helpers";

const { ctx, serviceCenterId } = await setupShop();
const other = await setupShop();

async function billedWorkOrder() {
  const customer = await makeCustomer(ctx.staff, {
    name: "Snapshot Aviation LLC",
    phone: "(865) 555-0142",
    addressLine1: "100 Hangar Way",
    city: "Knoxville",
    region: "TN",
    postalCode: "37920",
    country: "US",
  });
  const asset = await makeAssetRow(ctx.owner.orgId, { kind: "aircraft", make: "Cessna", model: "182T" });
  await makeAssetLinkRow(ctx.owner.orgId, asset.id, customer.id, { isPrimary: true });
  const workOrder = await openWorkOrder(ctx.staff, {
    serviceCenterId,
    assetId: asset.id,
    dueDate: "2026-03-01",
    description: "Left brake soft.",
  });
  return { customer, asset, workOrder };
}

describe("the printable work order", () => {
  it("shows the customer as snapshotted on the work order, even after the customer changes", async () => {
    const { customer, asset, workOrder } = await billedWorkOrder();
    await db.customer.update({
      where: { id: customer.id },
      data: { name: "Renamed Later", addressLine1: "Elsewhere 9" },
    });
    // Whoever prints it, a document is written in the organization's zone and locale.
    await db.user.update({ where: { id: ctx.viewer.userId! }, data: { locale: "fr-FR", timeZone: "Asia/Tokyo" } });
    await db.organization.update({
      where: { id: ctx.owner.orgId },
      data: { defaultLocale: "de-DE", defaultTimeZone: "Europe/Berlin" },
    });

    const doc = await getWorkOrderDocument(ctx.viewer, workOrder.id);
    expect(doc.number).toBe(workOrder.number);
    expect(doc.title).toBe("Work order");
    expect(doc.customer).toEqual({
      name: "Snapshot Aviation LLC",
      lines: ["100 Hangar Way", "Knoxville, TN 37920", "Vereinigte Staaten"],
      contact: [{ label: "Phone", value: "+1 865 555 0142" }],
    });
    expect(doc.asset).toMatchObject({ heading: "Aircraft", name: `${asset.registration} · Cessna 182T` });
    expect(doc.asset.fields).toEqual(
      expect.arrayContaining([
        { label: "Registration", value: asset.registration },
        { label: "Make", value: "Cessna" },
      ]),
    );
    expect(doc.dates).toEqual(expect.arrayContaining([{ label: "Due", value: "01.03.2026" }]));
    expect(doc.description).toBe("Left brake soft.");
    expect(doc.signatures).toEqual(["Technician", "Customer", "Date"]);
  });

  it("draws the same document as a PDF that names the work order", async () => {
    const { workOrder } = await billedWorkOrder();
    const pdf = await renderWorkOrderPdf(await getWorkOrderDocument(ctx.staff, workOrder.id));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.includes(Buffer.from(`(Work order ${workOrder.number})`))).toBe(true);
  });

  it("is another organization's NOT_FOUND", async () => {
    const { workOrder } = await billedWorkOrder();
    expect((await rejectionOf(getWorkOrderDocument(other.ctx.owner, workOrder.id))).code).toBe("NOT_FOUND");
  });
});

// Merging customers: every related record moves, one primary contact and one link per asset are kept,
// the dry run is what the real run does, and the merged customer is a tombstone nothing lists.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mergeCustomers, planMerge } from "@/lib/customers/merge/mutations";
import { getCustomer, listCustomers, searchCustomerOptions } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { updateCustomer } from "@/lib/customers/mutations";
import { listOwnershipTransfers } from "@/lib/customers/ownership/queries";
import { makeCustomer, rejectionOf } from "@/tests/factories";
import { makeDuplicates } from "./helpers";

describe("mergeCustomers", () => {
  it("moves every related record to the survivor and leaves a tombstone", async () => {
    const s = await makeDuplicates();
    const dryRun = await planMerge(s.ctx, s.a.id, { from: [s.b.id] });
    const { plan, mergeId } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id] });
    expect(plan).toEqual(dryRun);

    const contacts = await db.contact.findMany({ where: { customerId: s.a.id }, orderBy: { createdAt: "asc" } });
    expect(contacts.map((c) => c.id).sort()).toEqual([s.aContact.id, s.bPrimary.id, s.bDuplicate.id].sort());
    // A had no primary contact of its own... its first contact is primary by the contact rules, so B's is demoted.
    expect(contacts.filter((c) => c.isPrimary && !c.deletedAt)).toHaveLength(1);
    expect(contacts.find((c) => c.id === s.bDuplicate.id)?.deletedAt).not.toBeNull();

    const aircraftLinks = await db.assetCustomer.findMany({ where: { assetId: s.aircraft.id } });
    expect(aircraftLinks).toMatchObject([{ id: s.aircraftLink.id, customerId: s.a.id, isPrimary: true }]);
    const vehicleLinks = await db.assetCustomer.findMany({ where: { assetId: s.vehicle.id } });
    expect(vehicleLinks).toHaveLength(1);
    expect(vehicleLinks[0]).toMatchObject({
      id: s.aVehicleLink.id,
      customerId: s.a.id,
      isPrimary: true,
      status: "current",
    });
    expect(vehicleLinks[0]!.since?.toISOString()).toBe("2019-04-01T00:00:00.000Z");
    expect(vehicleLinks[0]!.createdAt.toISOString()).toBe("2020-01-01T00:00:00.000Z");

    const orders = await db.workOrder.findMany({ where: { id: { in: s.workOrders.map((w) => w.id) } } });
    expect(orders.every((w) => w.customerId === s.a.id)).toBe(true);
    expect(orders.map((w) => w.customerSnapshot)).toEqual(s.workOrders.map((w) => w.customerSnapshot));
    expect(orders.map((w) => w.customerName)).toEqual(s.workOrders.map((w) => w.customerName));

    expect(await db.activity.count({ where: { customerId: s.b.id } })).toBe(0);
    expect((await db.activity.findUniqueOrThrow({ where: { id: s.note.id } })).customerId).toBe(s.a.id);
    // B's transfer moved with it; B's owner (the more recently updated) became A's, recorded as one more.
    const transfers = await db.ownershipTransfer.findMany({ where: { customerId: s.a.id }, orderBy: { id: "asc" } });
    expect(transfers.map((t) => t.reason)).toEqual([
      "Territory change",
      `Merged ${s.b.name} into this customer; owner taken from ${s.b.name}`,
    ]);
    expect((await db.importRowResult.findFirstOrThrow({ where: { importId: s.importId } })).customerId).toBe(s.a.id);
    expect((await db.bulkChangeRow.findFirstOrThrow({ where: { bulkChangeId: s.bulkId } })).customerId).toBe(s.a.id);
    expect((await db.savedView.findUniqueOrThrow({ where: { id: s.view.id } })).state).toEqual({
      query: `customerId=${s.a.id}`,
      columns: [],
    });

    const survivor = await db.customer.findUniqueOrThrow({ where: { id: s.a.id } });
    expect(survivor.tags).toEqual(["vip", "fuel"]);
    expect(survivor.accountNumber).toBe(s.b.accountNumber);
    expect(survivor.phone).toBe(s.b.phone);
    expect(survivor.version).toBe(s.a.version + 1);
    const tombstone = await db.customer.findUniqueOrThrow({ where: { id: s.b.id } });
    expect(tombstone).toMatchObject({
      mergedIntoId: s.a.id,
      mergedById: s.ctx.userId,
      accountNumber: null,
      email: null,
    });

    const entry = await db.activity.findUniqueOrThrow({ where: { id: mergeId } });
    expect(entry).toMatchObject({ customerId: s.a.id, action: "merged" });
    const before = JSON.parse(entry.body ?? "{}") as { before: { id: string; accountNumber: string | null }[] };
    expect(before.before.map((c) => c.id)).toEqual([s.a.id, s.b.id]);
    expect(before.before[1]!.accountNumber).toBe(s.b.accountNumber);
  });

  it("keeps the survivor's primary contact, else the first merged customer's", async () => {
    const s = await makeDuplicates();
    const { plan } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id] });
    const aHadPrimary = (await db.contact.findUniqueOrThrow({ where: { id: s.aContact.id } })).isPrimary;
    expect(aHadPrimary).toBe(true);
    expect(plan.moves.contacts.primaryId).toBeNull();

    const t = await makeDuplicates();
    await db.contact.update({ where: { id: t.aContact.id }, data: { isPrimary: false } });
    const result = await mergeCustomers(t.ctx, t.a.id, { from: [t.b.id] });
    expect(result.plan.moves.contacts.primaryId).toBe(t.bPrimary.id);
    const primaries = await db.contact.findMany({ where: { customerId: t.a.id, isPrimary: true, deletedAt: null } });
    expect(primaries.map((c) => c.id)).toEqual([t.bPrimary.id]);
  });

  it("takes each field group from the chosen customer, defaulting to the non-empty, most recently updated", async () => {
    const s = await makeDuplicates();
    await updateCustomer(s.ctx, s.a.id, { city: "Knoxville", country: "US", addressLine1: "1 Main St" });
    const plan = await planMerge(s.ctx, s.a.id, { from: [s.b.id], fields: { name: s.b.id } });
    expect(plan.fields.name).toMatchObject({ from: s.b.id, values: { name: s.b.name }, differs: true });
    expect(plan.fields.address.from).toBe(s.a.id);
    expect(plan.fields.accountNumber).toMatchObject({ from: s.b.id, values: { accountNumber: s.b.accountNumber } });
    await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id], fields: { name: s.b.id } });
    expect((await getCustomer(s.ctx, s.a.id)).name).toBe(s.b.name);
  });

  it("records a changed owner in the survivor's ownership history, as the dry run says; a kept owner records nothing", async () => {
    const s = await makeDuplicates();
    const dryRun = await planMerge(s.ctx, s.a.id, { from: [s.b.id] });
    expect(dryRun.ownerChange).toEqual({ fromUserId: s.a.ownerId, toUserId: s.b.ownerId });
    const { plan } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id] });
    expect(plan.ownerChange).toEqual(dryRun.ownerChange);
    expect((await db.customer.findUniqueOrThrow({ where: { id: s.a.id } })).ownerId).toBe(s.b.ownerId);
    const [latest] = await listOwnershipTransfers(s.ctx, s.a.id);
    expect(latest).toMatchObject({
      from: { id: s.a.ownerId },
      to: { id: s.b.ownerId },
      by: { id: s.ctx.userId },
      reason: `Merged ${s.b.name} into this customer; owner taken from ${s.b.name}`,
    });

    const t = await makeDuplicates();
    const kept = await mergeCustomers(t.ctx, t.a.id, { from: [t.b.id], fields: { owner: t.a.id } });
    expect(kept.plan.ownerChange).toBeNull();
    const reasons = (await listOwnershipTransfers(t.ctx, t.a.id)).map((transfer) => transfer.reason);
    expect(reasons).toEqual(["Territory change"]);
  });

  it("hides the tombstone from lists, pickers and reads, and refuses to merge it again", async () => {
    const s = await makeDuplicates();
    await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id] });
    const list = await listCustomers(s.ctx, parseCustomerListParams({ archived: "include" }));
    expect(list.rows.map((r) => r.id)).toEqual([s.a.id]);
    expect(list.total).toBe(1);
    expect((await searchCustomerOptions(s.ctx, { q: "" })).map((o) => o.value)).toEqual([s.a.id]);
    const read = await rejectionOf(getCustomer(s.ctx, s.b.id));
    expect(read.code).toBe("NOT_FOUND");
    expect(read.message).toContain(s.a.id);
    const other = await makeCustomer(s.ctx);
    expect((await rejectionOf(mergeCustomers(s.ctx, other.id, { from: [s.b.id] }))).message).toMatch(
      /already merged into another customer/,
    );
    expect((await rejectionOf(mergeCustomers(s.ctx, s.b.id, { from: [other.id] }))).message).toMatch(
      /nothing can be merged into it/,
    );
    // The merged customer's account number no longer blocks anyone.
    await makeCustomer(s.ctx, { accountNumber: `${s.b.accountNumber}-x` });
  });

  it("refuses another organization's customers (not found) and roles below manager", async () => {
    const s = await makeDuplicates();
    const other = await makeDuplicates();
    expect((await rejectionOf(mergeCustomers(s.ctx, s.a.id, { from: [other.b.id] }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(planMerge(s.ctx, other.a.id, { from: [s.b.id] }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(mergeCustomers(s.staff, s.a.id, { from: [s.b.id] }))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(planMerge(s.viewer, s.a.id, { from: [s.b.id] }))).code).toBe("FORBIDDEN");
    await expect(planMerge(s.admin, s.a.id, { from: [s.b.id] })).resolves.toBeTruthy();
    expect(await db.customer.count({ where: { id: { in: [s.b.id, other.b.id] }, mergedIntoId: { not: null } } })).toBe(
      0,
    );
  });

  it("refuses a customer changed since the versions the user compared", async () => {
    const s = await makeDuplicates();
    const versions = { [s.a.id]: s.a.version, [s.b.id]: s.b.version };
    await updateCustomer(s.ctx, s.b.id, { notes: "changed meanwhile" });
    const refused = await rejectionOf(mergeCustomers(s.ctx, s.a.id, { from: [s.b.id], versions }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/changed since you compared/);
  });
});

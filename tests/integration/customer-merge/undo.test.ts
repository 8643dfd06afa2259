// Undoing a merge restores every customer and every moved row exactly — unless something newer
// touched them, which is refused with what changed.
import { describe, expect, it } from "vitest";
import { listActivity } from "@/lib/activity/queries";
import { db } from "@/lib/db";
import { mergeCustomers } from "@/lib/customers/merge/mutations";
import { undoMerge } from "@/lib/customers/merge/undo";
import { updateCustomer } from "@/lib/customers/mutations";
import { updateWorkOrder } from "@/lib/work-orders/mutations";
import { makeCustomer, rejectionOf } from "@/tests/factories";
import { makeDuplicates } from "./helpers";

/** Everything the merge may touch, as comparable data (versions and update times left out). */
async function snapshot(s: Awaited<ReturnType<typeof makeDuplicates>>) {
  const ids = [s.a.id, s.b.id];
  const customers = await db.customer.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  const contacts = await db.contact.findMany({ where: { customerId: { in: ids } }, orderBy: { id: "asc" } });
  const links = await db.assetCustomer.findMany({
    where: { assetId: { in: [s.aircraft.id, s.vehicle.id] } },
    orderBy: { id: "asc" },
  });
  const orders = await db.workOrder.findMany({
    where: { id: { in: s.workOrders.map((w) => w.id) } },
    orderBy: { id: "asc" },
  });
  return {
    customers: customers.map(({ version: _v, updatedAt: _u, updatedById: _b, lastActivityAt: _l, ...c }) => c),
    contacts: contacts.map(({ version: _v, updatedAt: _u, updatedById: _b, ...c }) => c),
    links: links.map(({ updatedAt: _u, ...l }) => l),
    orders: orders.map(({ version: _v, updatedAt: _u, updatedById: _b, ...w }) => w),
    activities: await db.activity.findMany({
      where: { customerId: { in: ids }, action: { notIn: ["merged", "merge_undone"] } },
      select: { id: true, customerId: true },
      orderBy: { id: "asc" },
    }),
    transfers: await db.ownershipTransfer.findMany({
      where: { customerId: { in: ids } },
      select: { id: true, customerId: true },
    }),
    importRows: await db.importRowResult.findMany({ where: { importId: s.importId } }),
    bulkRows: await db.bulkChangeRow.findMany({ where: { bulkChangeId: s.bulkId } }),
    view: (await db.savedView.findUniqueOrThrow({ where: { id: s.view.id } })).state,
  };
}

describe("undoMerge", () => {
  it("restores both customers and every moved record exactly", async () => {
    const s = await makeDuplicates();
    // A second bulk change with rows for both: B's row is removed by the merge and must come back.
    const bulk = await db.bulkChange.create({ data: { organizationId: s.ctx.orgId, action: "setStatus" } });
    await db.bulkChangeRow.createMany({
      data: [s.a.id, s.b.id].map((customerId) => ({
        bulkChangeId: bulk.id,
        customerId,
        before: { status: "active" },
        versionAfter: 1,
      })),
    });
    const before = await snapshot(s);
    const bulkBefore = await db.bulkChangeRow.findMany({
      where: { bulkChangeId: bulk.id },
      orderBy: { customerId: "asc" },
    });
    const { mergeId } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id], fields: { name: s.b.id } });
    expect(await db.bulkChangeRow.count({ where: { bulkChangeId: bulk.id } })).toBe(1);

    const result = await undoMerge(s.ctx, s.a.id, mergeId);
    expect(result).toEqual({ survivorId: s.a.id, restoredIds: [s.b.id] });
    expect(await snapshot(s)).toEqual(before);
    expect(
      await db.bulkChangeRow.findMany({ where: { bulkChangeId: bulk.id }, orderBy: { customerId: "asc" } }),
    ).toEqual(bulkBefore);
    const entries = await db.activity.findMany({
      where: { action: "merge_undone", customerId: { in: [s.a.id, s.b.id] } },
    });
    expect(entries).toHaveLength(2);
    expect((await rejectionOf(undoMerge(s.ctx, s.a.id, mergeId))).message).toMatch(/already undone/);
  });

  it("marks the survivor's merge entry undone, so the timeline offers Undo merge only before", async () => {
    const s = await makeDuplicates();
    const { mergeId } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id] });
    const mergeEntry = async () => (await listActivity(s.ctx, s.a.id)).items.find((item) => item.id === mergeId);
    expect(await mergeEntry()).toMatchObject({ action: "merged", mergeUndone: false });
    const others = (await listActivity(s.ctx, s.a.id)).items.filter((item) => item.action !== "merged");
    expect(new Set(others.map((item) => item.mergeUndone))).toEqual(new Set([null]));
    await undoMerge(s.ctx, s.a.id, mergeId);
    expect(await mergeEntry()).toMatchObject({ action: "merged", mergeUndone: true });
  });

  it("removes the ownership history entry the merge added and gives the survivor its owner back", async () => {
    const s = await makeDuplicates();
    const historyBefore = await db.ownershipTransfer.findMany({ where: { customerId: { in: [s.a.id, s.b.id] } } });
    const { mergeId, plan } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id] });
    expect(plan.ownerChange).not.toBeNull();
    expect(await db.ownershipTransfer.count({ where: { customerId: s.a.id } })).toBe(historyBefore.length + 1);
    await undoMerge(s.ctx, s.a.id, mergeId);
    expect(await db.ownershipTransfer.findMany({ where: { customerId: { in: [s.a.id, s.b.id] } } })).toEqual(
      historyBefore,
    );
    const [a, b] = await Promise.all([s.a.id, s.b.id].map((id) => db.customer.findUniqueOrThrow({ where: { id } })));
    expect([a!.ownerId, b!.ownerId]).toEqual([s.a.ownerId, s.b.ownerId]);
  });

  it("refuses while something newer touched the merged records, saying what", async () => {
    const s = await makeDuplicates();
    const { mergeId } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id] });
    await updateWorkOrder(s.ctx, s.workOrders[0]!.id, { description: "Annual inspection" });
    const refused = await rejectionOf(undoMerge(s.ctx, s.a.id, mergeId));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/1 moved work order was changed since/);

    const t = await makeDuplicates();
    const merged = await mergeCustomers(t.ctx, t.a.id, { from: [t.b.id] });
    await updateCustomer(t.ctx, t.a.id, { notes: "after the merge" });
    expect((await rejectionOf(undoMerge(t.ctx, t.a.id, merged.mergeId))).message).toMatch(/was edited after the merge/);
    expect(await db.customer.count({ where: { id: t.b.id, mergedIntoId: t.a.id } })).toBe(1);
  });

  it("refuses when the merged customer's account number is someone else's now", async () => {
    const s = await makeDuplicates();
    const { mergeId } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id], fields: { accountNumber: s.a.id } });
    const taker = await makeCustomer(s.ctx, { accountNumber: s.b.accountNumber });
    const refused = await rejectionOf(undoMerge(s.ctx, s.a.id, mergeId));
    expect(refused.message).toContain(`is used by ${taker.name} now`);
  });

  it("is for managers of the same organization", async () => {
    const s = await makeDuplicates();
    const { mergeId } = await mergeCustomers(s.ctx, s.a.id, { from: [s.b.id] });
    expect((await rejectionOf(undoMerge(s.staff, s.a.id, mergeId))).code).toBe("FORBIDDEN");
    const other = await makeDuplicates();
    expect((await rejectionOf(undoMerge(other.ctx, s.a.id, mergeId))).code).toBe("NOT_FOUND");
  });
});

// Two merges of overlapping customers at once (PostgreSQL: real parallel connections): the customers
// are locked by id before anything else, so one merge wins and the other gets a clear CONFLICT after
// it — nothing is lost or duplicated, and no deadlock.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mergeCustomers } from "@/lib/customers/merge/mutations";
import { makeContact, makeCustomer } from "@/tests/factories";
import { makeDuplicates } from "./helpers";

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "merged",
    (error: { code?: string; message: string }) => `${error.code}: ${error.message}`,
  );

describe.runIf(process.env.TEST_DATABASE_URL)("concurrent merges", () => {
  it("of the same customer into two survivors: one wins, the other is refused, nothing lost or doubled", async () => {
    for (let round = 0; round < 4; round++) {
      const s = await makeDuplicates();
      const c = await makeCustomer(s.ctx);
      await makeContact(s.ctx, c.id);
      const ids = [s.a.id, s.b.id, c.id];
      const contactsBefore = await db.contact.findMany({ where: { customerId: { in: ids } }, select: { id: true } });
      const ordersBefore = await db.workOrder.count({ where: { organizationId: s.ctx.orgId } });
      const activityBefore = await db.activity.count({ where: { customerId: { in: ids } } });

      // A ← B and C ← B: both want B; with opposite id orders on purpose (round by round).
      const [first, second] = round % 2 === 0 ? [s.a.id, c.id] : [c.id, s.a.id];
      const results = await Promise.all([
        outcome(mergeCustomers(s.ctx, first, { from: [s.b.id] })),
        outcome(mergeCustomers(s.ctx, second, { from: [s.b.id] })),
      ]);
      expect(results.filter((r) => r === "merged")).toHaveLength(1);
      expect(results.find((r) => r !== "merged")).toMatch(/^CONFLICT: .*already merged into another customer/);

      const b = await db.customer.findUniqueOrThrow({ where: { id: s.b.id } });
      const winner = b.mergedIntoId!;
      expect([s.a.id, c.id]).toContain(winner);
      const contactsAfter = await db.contact.findMany({
        where: { customerId: { in: ids } },
        select: { id: true, customerId: true },
      });
      expect(contactsAfter.map((x) => x.id).sort()).toEqual(contactsBefore.map((x) => x.id).sort());
      expect(contactsAfter.filter((x) => x.customerId === s.b.id)).toHaveLength(0);
      expect(await db.workOrder.count({ where: { organizationId: s.ctx.orgId, customerId: winner } })).toBe(
        ordersBefore,
      );
      expect(await db.customerMerge.count({ where: { organizationId: s.ctx.orgId } })).toBe(1);
      // Every activity row still exists once (plus the one "merged" entry).
      expect(await db.activity.count({ where: { customerId: { in: ids } } })).toBe(activityBefore + 1);
      expect(await db.assetCustomer.count({ where: { assetId: s.vehicle.id } })).toBe(winner === s.a.id ? 1 : 2);
    }
  });

  it("crossing each other (A ← B and B ← A at once): one wins, the other is refused", async () => {
    const s = await makeDuplicates();
    const results = await Promise.all([
      outcome(mergeCustomers(s.ctx, s.a.id, { from: [s.b.id] })),
      outcome(mergeCustomers(s.ctx, s.b.id, { from: [s.a.id] })),
    ]);
    expect(results.filter((r) => r === "merged")).toHaveLength(1);
    expect(results.find((r) => r !== "merged")).toMatch(/^CONFLICT: /);
    const merged = await db.customer.count({ where: { id: { in: [s.a.id, s.b.id] }, mergedIntoId: { not: null } } });
    expect(merged).toBe(1);
  });
});

// customer.last_activity_at follows every activity insert (one row, createMany), never moves back,
// and leaves updated_at alone.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { logActivity } from "@/lib/activity/mutations";
import { updateCustomer } from "@/lib/customers/mutations";
import { makeCustomer, makeOrgWithRoles } from "@/tests/factories";

let ctx: Ctx;

beforeAll(async () => {
  ctx = (await makeOrgWithRoles()).ctx.manager;
});

const stored = (id: string) =>
  db.customer.findUniqueOrThrow({ where: { id }, select: { lastActivityAt: true, updatedAt: true } });
const newestActivity = async (id: string) =>
  (await db.activity.findFirstOrThrow({ where: { customerId: id }, orderBy: { createdAt: "desc" } })).createdAt;

describe("customer.last_activity_at", () => {
  it("is the newest recorded change of a customer", async () => {
    const customer = await makeCustomer(ctx);
    expect((await stored(customer.id)).lastActivityAt).toEqual(await newestActivity(customer.id));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateCustomer(ctx, customer.id, { city: "Knoxville" });
    const after = await stored(customer.id);
    expect(after.lastActivityAt).toEqual(await newestActivity(customer.id));
  });

  it("follows a logged call without touching updated_at", async () => {
    const customer = await makeCustomer(ctx);
    const before = await stored(customer.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const call = await logActivity(ctx, customer.id, {
      type: "call",
      summary: "Quarterly check-in",
      occurredAt: "2020-01-01T10:00",
    });
    const after = await stored(customer.id);
    expect(after.lastActivityAt).toEqual(call.createdAt);
    expect(after.lastActivityAt!.getTime()).toBeGreaterThan(before.lastActivityAt!.getTime());
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("follows a multi-row insert for each customer, and never moves back", async () => {
    const [a, b] = [await makeCustomer(ctx), await makeCustomer(ctx)];
    const later = new Date(Date.now() + 60_000);
    const rows = [a, b].map((customer) => ({
      organizationId: ctx.orgId,
      customerId: customer.id,
      type: "note" as const,
      entityType: "customer" as const,
      entityId: customer.id,
      summary: "Imported note",
      createdAt: later,
    }));
    await db.activity.createMany({ data: rows });
    expect((await stored(a.id)).lastActivityAt).toEqual(later);
    expect((await stored(b.id)).lastActivityAt).toEqual(later);
    await db.activity.create({ data: { ...rows[0]!, createdAt: new Date(Date.now() - 3_600_000) } });
    expect((await stored(a.id)).lastActivityAt).toEqual(later);
  });
});

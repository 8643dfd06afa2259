// "New this month" counts from midnight on the 1st in the organization's time zone, not in UTC: a customer
// created minutes after local midnight at a month boundary is new, one created minutes before is not.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { getCustomerStats } from "@/lib/customers/stats";
import { makeCustomer, makeOrgWithRoles, uniq } from "@/tests/factories";

/** An organization in `timeZone` with customers created at each of `createdAt`, and its list filter. */
async function orgWithCustomersAt(timeZone: string, createdAt: string[]) {
  const { org, ctx } = await makeOrgWithRoles();
  await db.organization.update({ where: { id: org.id }, data: { defaultTimeZone: timeZone } });
  const prefix = uniq("Month ");
  for (const [index, at] of createdAt.entries()) {
    const customer = await makeCustomer(ctx.staff, { name: `${prefix} ${index}` });
    await db.customer.update({ where: { id: customer.id }, data: { createdAt: new Date(at) } });
  }
  return { ctx: ctx.viewer, params: parseCustomerListParams({ q: prefix }) };
}

describe("New this month in the organization's time zone", () => {
  it("starts March at 00:00 on March 1 in Auckland (11:00 UTC on February 28)", async () => {
    const { ctx, params } = await orgWithCustomersAt("Pacific/Auckland", [
      "2026-02-28T10:59:00Z", // 23:59 on February 28 in Auckland: last month
      "2026-02-28T11:01:00Z", // 00:01 on March 1 in Auckland: this month, though still February in UTC
      "2026-03-10T09:00:00Z",
    ]);
    const stats = await getCustomerStats(ctx, params, { now: new Date("2026-03-15T00:00:00Z") });
    expect(stats).toMatchObject({ total: 3, newThisMonth: 2, timeZone: "Pacific/Auckland" });
    expect(stats.monthStart.toISOString()).toBe("2026-02-28T11:00:00.000Z");
    // 11:30 UTC on February 28 is already March in Auckland.
    const early = await getCustomerStats(ctx, params, { now: new Date("2026-02-28T11:30:00Z") });
    expect(early.newThisMonth).toBe(2);
  });

  it("starts April at 00:00 on April 1 in Los Angeles (07:00 UTC), while it is still March there", async () => {
    const { ctx, params } = await orgWithCustomersAt("America/Los_Angeles", [
      "2026-04-01T06:59:00Z", // 23:59 on March 31 in Los Angeles
      "2026-04-01T07:01:00Z", // 00:01 on April 1 in Los Angeles
    ]);
    const april = await getCustomerStats(ctx, params, { now: new Date("2026-04-02T12:00:00Z") });
    expect(april.newThisMonth).toBe(1);
    expect(april.monthStart.toISOString()).toBe("2026-04-01T07:00:00.000Z");
    // 05:00 UTC on April 1 is 22:00 on March 31 in Los Angeles: both customers (one "from the future") are March's.
    const march = await getCustomerStats(ctx, params, { now: new Date("2026-04-01T05:00:00Z") });
    expect(march.monthStart.toISOString()).toBe("2026-03-01T08:00:00.000Z");
    expect(march.newThisMonth).toBe(2);
  });

  it("counts in UTC for an organization that keeps the default zone", async () => {
    const { ctx, params } = await orgWithCustomersAt("UTC", ["2026-02-28T23:59:00Z", "2026-03-01T00:01:00Z"]);
    const stats = await getCustomerStats(ctx, params, { now: new Date("2026-03-15T00:00:00Z") });
    expect(stats).toMatchObject({ newThisMonth: 1, timeZone: "UTC" });
  });
});

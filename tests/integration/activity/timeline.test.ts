// Reading the timeline: keyset pages without gaps or duplicates, filters, date range, actor names,
// manual logging with validation and permissions, and another organization's customer NOT_FOUND.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { logActivity } from "@/lib/activity/mutations";
import { listActivity } from "@/lib/activity/queries";
import { makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

const { ctx } = await makeOrgWithRoles();

/** A customer with `count` notes plus its "created" entry, spread over distinct days back from 2026-03-31. */
async function customerWithEntries(count: number) {
  const customer = await makeCustomer(ctx.staff);
  await db.activity.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      organizationId: ctx.staff.orgId,
      customerId: customer.id,
      type: index % 3 === 0 ? ("call" as const) : ("note" as const),
      entityType: "customer" as const,
      entityId: customer.id,
      summary: `Entry ${index}`,
      // Pairs share a timestamp, so the id tie-break is exercised too.
      createdAt: new Date(Date.UTC(2026, 2, 31 - Math.floor(index / 2), 12)),
      actorId: ctx.staff.userId,
    })),
  });
  return customer;
}

describe("listActivity", () => {
  it("walks every entry once, newest first, across cursor pages", async () => {
    const customer = await customerWithEntries(23);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listActivity>> = await listActivity(ctx.viewer, customer.id, {
        cursor,
        limit: 5,
      });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(24);
    const all = await db.activity.findMany({
      where: { customerId: customer.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(all.map((row) => row.id));
  });

  it("names the actor, and filters by type and created-at range", async () => {
    const customer = await customerWithEntries(10);
    const { items } = await listActivity(ctx.viewer, customer.id, { types: ["call"], limit: 100 });
    expect(items.map((item) => item.summary)).toEqual(["Entry 0", "Entry 3", "Entry 6", "Entry 9"]);
    expect(items[0]?.actorName).toMatch(/^User /);
    const ranged = await listActivity(ctx.viewer, customer.id, {
      from: "2026-03-29T00:00:00Z",
      to: "2026-03-30T23:59:59Z",
      types: ["note", "call"],
    });
    // Entries 2–5 fall on March 29–30; pairs share a timestamp, so only the set is fixed.
    expect(ranged.items.map((item) => item.summary).sort()).toEqual(["Entry 2", "Entry 3", "Entry 4", "Entry 5"]);
  });

  it("refuses a malformed cursor and limits out of range", async () => {
    const customer = await makeCustomer(ctx.staff);
    expect((await rejectionOf(listActivity(ctx.viewer, customer.id, { cursor: "nonsense" }))).code).toBe("BAD_REQUEST");
    expect((await rejectionOf(listActivity(ctx.viewer, customer.id, { limit: 500 }))).code).toBe("VALIDATION");
  });

  it("treats another organization's customer as NOT_FOUND", async () => {
    const other = await makeOrgWithRoles();
    const customer = await makeCustomer(other.ctx.staff);
    expect((await rejectionOf(listActivity(ctx.owner, customer.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(logActivity(ctx.owner, customer.id, { type: "note", summary: "x" }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("logActivity", () => {
  it("logs a call with details and when it happened, shown on the timeline", async () => {
    const customer = await makeCustomer(ctx.staff);
    const occurredAt = "2026-02-03T10:30:00.000Z";
    await logActivity(ctx.staff, customer.id, {
      type: "call",
      summary: "  Quoted an annual  ",
      body: "Wants Q3 slot",
      occurredAt,
    });
    const [entry] = (await listActivity(ctx.viewer, customer.id, { types: ["call"] })).items;
    expect(entry).toMatchObject({
      type: "call",
      summary: "Quoted an annual",
      body: "Wants Q3 slot",
      actorId: ctx.staff.userId,
    });
    expect(entry?.occurredAt.toISOString()).toBe(occurredAt);
  });

  it("validates the entry", async () => {
    const customer = await makeCustomer(ctx.staff);
    const blank = await rejectionOf(logActivity(ctx.staff, customer.id, { type: "note", summary: " " }));
    expect(blank).toMatchObject({ code: "VALIDATION", fieldErrors: { summary: ["Summary is required"] } });
    const change = await rejectionOf(logActivity(ctx.staff, customer.id, { type: "change" as "note", summary: "x" }));
    expect(change.fieldErrors.type).toBeDefined();
    const when = await rejectionOf(
      logActivity(ctx.staff, customer.id, { type: "note", summary: "x", occurredAt: "soon" }),
    );
    expect(when.fieldErrors.occurredAt).toBeDefined();
  });

  it("lets staff and up log, viewers only read", async () => {
    const customer = await makeCustomer(ctx.staff);
    expect((await rejectionOf(logActivity(ctx.viewer, customer.id, { type: "note", summary: "x" }))).code).toBe(
      "FORBIDDEN",
    );
    await expect(listActivity(ctx.viewer, customer.id)).resolves.toBeDefined();
  });
});

// The timeline's money reads in the currency the customer had when the entry was recorded, and a day range
// ("2026-03-01".."2026-03-31") means those calendar days in the organization's time zone.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatChangeValue } from "@/lib/activity/format";
import { listActivity } from "@/lib/activity/queries";
import { updateCustomer } from "@/lib/customers/mutations";
import { makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

const { org, ctx } = await makeOrgWithRoles();

const diffText = (item: Parameters<typeof formatChangeValue>[0], field: string, locale: string) =>
  `${formatChangeValue(item, field, "from", { locale, timeZone: "UTC" })} → ${formatChangeValue(item, field, "to", { locale, timeZone: "UTC" })}`.replace(
    /\u00a0/g,
    " ",
  );

describe("money on the timeline", () => {
  it("gives each entry the currency the customer had then, and formats each side in its own", async () => {
    const customer = await makeCustomer(ctx.staff, { currency: "EUR" });
    await updateCustomer(ctx.manager, customer.id, { creditLimit: "25000.00" });
    await updateCustomer(ctx.manager, customer.id, { creditLimit: "30000.00", currency: "USD" });
    await updateCustomer(ctx.manager, customer.id, { creditLimit: "1234.5" });
    const { items } = await listActivity(ctx.viewer, customer.id, { types: ["change"] });
    const [latest, switched, first] = items;
    expect([latest?.currency, switched?.currency, first?.currency]).toEqual(["USD", "USD", "EUR"]);
    expect(diffText(first!, "creditLimit", "de-DE")).toBe("(empty) → 25.000,00 €");
    expect(diffText(first!, "creditLimit", "en-US")).toBe("(empty) → €25,000.00");
    expect(diffText(switched!, "creditLimit", "en-US")).toBe("€25,000.00 → $30,000.00");
    expect(diffText(latest!, "creditLimit", "de-DE")).toBe("30.000,00 $ → 1.234,50 $");
    expect(diffText(latest!, "creditLimit", "en-US")).toBe("$30,000.00 → $1,234.50");
  });

  it("shows money without a currency as a plain amount, and leaves other fields as they were", async () => {
    const customer = await makeCustomer(ctx.staff);
    await db.customer.update({ where: { id: customer.id }, data: { currency: null } });
    await updateCustomer(ctx.manager, customer.id, { creditLimit: "999.9", city: "Graz" });
    const [entry] = (await listActivity(ctx.viewer, customer.id, { types: ["change"] })).items;
    expect(entry?.currency).toBeNull();
    expect(diffText(entry!, "creditLimit", "de-AT")).toBe("(empty) → 999,90");
    expect(diffText(entry!, "city", "de-AT")).toMatch(/→ Graz$/);
  });
});

describe("timeline day ranges in the organization's time zone", () => {
  /** Notes created at each instant, on a customer of an organization in `timeZone`. */
  async function notesAt(timeZone: string, instants: string[]) {
    await db.organization.update({ where: { id: org.id }, data: { defaultTimeZone: timeZone } });
    const customer = await makeCustomer(ctx.staff);
    await db.activity.createMany({
      data: instants.map((at) => ({
        organizationId: org.id,
        customerId: customer.id,
        type: "note" as const,
        entityType: "customer" as const,
        entityId: customer.id,
        summary: at,
        createdAt: new Date(at),
      })),
    });
    const summaries = async (from: string, to: string) =>
      (await listActivity(ctx.viewer, customer.id, { types: ["note"], from, to })).items.map((item) => item.summary);
    return summaries;
  }

  const instants = [
    "2026-02-28T22:30:00Z", // 23:30 Feb 28 in Berlin
    "2026-02-28T23:30:00Z", // 00:30 Mar 1 in Berlin, still Feb 28 in UTC
    "2026-03-31T21:30:00Z", // 23:30 Mar 31 in Berlin (summer time)
    "2026-03-31T22:30:00Z", // 00:30 Apr 1 in Berlin, still Mar 31 in UTC
  ];

  it("means March 1–31 in Berlin: from 23:00 UTC on Feb 28 to 22:00 UTC on Mar 31", async () => {
    const summaries = await notesAt("Europe/Berlin", instants);
    expect(await summaries("2026-03-01", "2026-03-31")).toEqual([instants[2], instants[1]]);
  });

  it("means March 1–31 in UTC for an organization in UTC", async () => {
    const summaries = await notesAt("UTC", instants);
    expect(await summaries("2026-03-01", "2026-03-31")).toEqual([instants[3], instants[2]]);
  });

  it("still takes exact instants, and refuses a day that does not exist", async () => {
    const summaries = await notesAt("Europe/Berlin", instants);
    expect(await summaries("2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z")).toEqual([instants[2], instants[1]]);
    const customer = await makeCustomer(ctx.staff);
    const error = await rejectionOf(listActivity(ctx.viewer, customer.id, { from: "2026-02-30" }));
    expect(error.code).toBe("VALIDATION");
  });
});

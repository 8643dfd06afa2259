// How timeline diffs read: field names as words, ids by name, empty values, lists, dates and objects.
import { describe, expect, it } from "vitest";
import { fieldLabel, formatChangeValue, formatValue } from "@/lib/activity/format";
import { isRevertible } from "@/lib/activity/revertible";

describe("fieldLabel", () => {
  it("uses a known label, or turns camelCase into words", () => {
    expect(fieldLabel("taxId")).toBe("Tax ID");
    expect(fieldLabel("ownerId")).toBe("Owner");
    expect(fieldLabel("secondaryPhone")).toBe("Secondary phone");
    expect(fieldLabel("shippingLine1")).toBe("Shipping line1");
  });
});

describe("formatValue", () => {
  const chicago = { locale: "en-US", timeZone: "America/Chicago" };
  const berlin = { locale: "de-DE", timeZone: "Europe/Berlin" };

  it("shows empty values as (empty) and ids by their label", () => {
    for (const empty of [null, undefined, "", []]) expect(formatValue(empty, {}, chicago)).toBe("(empty)");
    expect(formatValue("0190-id", { "0190-id": "Gold" }, chicago)).toBe("Gold");
    expect(formatValue("toString", {}, chicago)).toBe("toString");
  });

  it("joins lists, shows calendar dates on their day and moments in the viewer's zone, and prints objects as JSON", () => {
    expect(formatValue(["vip", "north"], {}, chicago)).toBe("vip, north");
    expect(formatValue("2026-03-15T00:00:00.000Z", {}, chicago)).toBe("Mar 15, 2026");
    expect(formatValue("2026-03-15T00:00:00.000Z", {}, berlin)).toBe("15.03.2026");
    expect(formatValue("2026-03-15T14:30:00.000Z", {}, chicago)).toBe("Mar 15, 2026, 9:30 AM");
    expect(formatValue("2026-03-15T14:30:00.000Z", {}, berlin)).toBe("15.03.2026, 15:30");
    expect(formatValue({ line1: "1 Main" }, {}, chicago)).toBe('{"line1":"1 Main"}');
    expect(formatValue(30, {}, chicago)).toBe("30");
    expect(formatValue(false, {}, chicago)).toBe("No");
    expect(formatValue(true, {}, chicago)).toBe("Yes");
  });
});

describe("formatChangeValue", () => {
  const prefs = { locale: "en-US", timeZone: "UTC" };
  const entry = (entityType: string, changes: Record<string, { from: unknown; to: unknown }>) => ({
    entityType,
    changes,
    labels: {},
    currency: null,
  });

  it("shows fixed choices by their labels, per kind of record", () => {
    const link = entry("asset_link", {
      relationship: { from: null, to: "co_owner" },
      status: { from: null, to: "current" },
    });
    expect(formatChangeValue(link, "relationship", "to", prefs)).toBe("Co-owner");
    expect(formatChangeValue(link, "status", "to", prefs)).toBe("Current");
    expect(formatChangeValue(link, "relationship", "from", prefs)).toBe("(empty)");
    const order = entry("work_order", { status: { from: "in_progress", to: "completed" } });
    expect(formatChangeValue(order, "status", "from", prefs)).toBe("In progress");
    expect(formatChangeValue(order, "status", "to", prefs)).toBe("Completed");
    const customer = entry("customer", {
      status: { from: "active", to: "suspended" },
      customerType: { from: "vip", to: "partner" },
    });
    expect(formatChangeValue(customer, "status", "to", prefs)).toBe("Suspended");
    expect(formatChangeValue(customer, "customerType", "from", prefs)).toBe("VIP");
    const contact = entry("contact", { roles: { from: [], to: ["billing", "technical"] } });
    expect(formatChangeValue(contact, "roles", "to", prefs)).toBe("Billing, Technical");
  });

  it("leaves free text alone, even when it looks like a choice", () => {
    const customer = entry("customer", { source: { from: "partner", to: "active" } });
    expect(formatChangeValue(customer, "source", "to", prefs)).toBe("active");
  });
});

describe("isRevertible", () => {
  const change = (changes: unknown, over: Record<string, string> = {}) => ({
    type: "change",
    entityType: "customer",
    changes,
    ...over,
  });

  it("accepts recorded changes to the customer's editable fields only", () => {
    expect(isRevertible(change({ city: { from: "A", to: "B" }, tierId: { from: null, to: "t" } }))).toBe(true);
    expect(isRevertible(change({ ownerId: { from: "a", to: "b" } }))).toBe(false);
    expect(isRevertible(change({}))).toBe(false);
    expect(isRevertible(change(null))).toBe(false);
    expect(isRevertible(change([]))).toBe(false);
    expect(isRevertible(change({ city: {} }, { type: "note" }))).toBe(false);
    expect(isRevertible(change({ city: {} }, { entityType: "contact" }))).toBe(false);
  });
});

// How timeline diffs read: field names as words, ids by name, empty values, lists, dates and objects.
import { describe, expect, it } from "vitest";
import { fieldLabel, formatValue } from "@/lib/activity/format";
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
  it("shows empty values as (empty) and ids by their label", () => {
    for (const empty of [null, undefined, "", []]) expect(formatValue(empty)).toBe("(empty)");
    expect(formatValue("0190-id", { "0190-id": "Gold" })).toBe("Gold");
    expect(formatValue("toString", {})).toBe("toString");
  });

  it("joins lists, keeps calendar dates as dates, and prints objects as JSON", () => {
    expect(formatValue(["vip", "north"])).toBe("vip, north");
    expect(formatValue("2026-03-15T00:00:00.000Z")).toBe("2026-03-15");
    expect(formatValue("2026-03-15T14:30:00.000Z")).toBe(new Date("2026-03-15T14:30:00.000Z").toLocaleString());
    expect(formatValue({ line1: "1 Main" })).toBe('{"line1":"1 Main"}');
    expect(formatValue(30)).toBe("30");
    expect(formatValue(false)).toBe("false");
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

// The column chooser's URL state (`?cols=`) and the canonical list query saved views store.
import { describe, expect, it } from "vitest";
import {
  customerColumns,
  defaultCustomerColumnIds,
  readCustomerColumns,
  serializeCustomerColumns,
} from "@/lib/customers/columns";
import { customerSortColumns } from "@/lib/customers/options";
import { canonicalViewQuery } from "@/lib/saved-views/state";

describe("customer columns", () => {
  it("marks as sortable exactly the columns the server can sort by", () => {
    for (const column of customerColumns) {
      expect((customerSortColumns as readonly string[]).includes(column.id), column.id).toBe(column.sortable);
    }
  });

  it("reads ?cols= in display order, always with the name, unknown ids dropped", () => {
    expect(readCustomerColumns("tier,status,bogus")).toEqual(["name", "status", "tier"]);
    expect(readCustomerColumns(["lastActivity", "email"])).toEqual(["name", "email", "lastActivity"]);
    expect(readCustomerColumns("name")).toEqual(["name"]);
  });

  it("falls back to the defaults when missing or naming nothing known", () => {
    expect(readCustomerColumns(undefined)).toEqual(defaultCustomerColumnIds);
    expect(readCustomerColumns("nope,,")).toEqual(defaultCustomerColumnIds);
    expect(defaultCustomerColumnIds).toEqual(expect.arrayContaining(["name", "tier", "owner", "tags", "lastActivity"]));
    // Off by default so the default set fits a 1280 px screen; the chooser brings them back.
    expect(defaultCustomerColumnIds).not.toEqual(expect.arrayContaining(["phone"]));
    expect(defaultCustomerColumnIds).not.toEqual(expect.arrayContaining(["primaryContact"]));
  });

  it("writes no ?cols= for the default set", () => {
    expect(serializeCustomerColumns(defaultCustomerColumnIds)).toBeNull();
    expect(serializeCustomerColumns(["tier", "name"])).toBe("name,tier");
  });
});

describe("the canonical customer list query (saved views)", () => {
  it("keeps only non-default values, in a fixed order, without the page", () => {
    const query =
      "page=4&cols=tier&perPage=50&sort=-tier&archived=include&owner=me&tag=vip&status=active,blocked&q=sky";
    expect(canonicalViewQuery("customers", query)).toBe(
      "q=sky&status=active,blocked&tag=vip&owner=me&archived=include&sort=-tier&perPage=50&cols=name,tier",
    );
    expect(canonicalViewQuery("customers", "sort=name&perPage=25&archived=exclude")).toBe("");
  });

  it("round-trips: parsing its own output gives the same query", () => {
    const query = "status=inactive&tier=none&sort=-lastActivity&cols=name,status,lastActivity";
    expect(canonicalViewQuery("customers", query)).toBe(query);
  });
});

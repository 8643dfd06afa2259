// The customer list's advanced filters in the URL codec (lenient, canonical, round-tripping; saved views
// store the same query) and in the POST /customers/search body (strict: a bad value is an error naming it).
import { describe, expect, it } from "vitest";
import { customerListCodec, parseCustomerListParams } from "@/lib/customers/list-params";
import { parseCustomerSearchBody } from "@/lib/customers/search-request";
import { canonicalQuery } from "@/lib/list-params";
import { canonicalViewQuery } from "@/lib/saved-views/state";
import { AppError } from "@/lib/errors";
import { describeCustomerFilters } from "@/lib/customers/filter-labels";

const tierId = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("the customer list codec's advanced filters", () => {
  it("reads days, open work orders, asset kind and tag mode, and writes them back canonically", () => {
    const query =
      "tag=vip,fleet&tagMode=all&createdFrom=2026-01-01&createdTo=2026-03-31&activityFrom=2025-12-01" +
      "&openWorkOrders=yes&asset=aircraft";
    const params = customerListCodec.parse(new URLSearchParams(query));
    expect(params).toMatchObject({
      tag: ["vip", "fleet"],
      tagMode: "all",
      createdFrom: "2026-01-01",
      createdTo: "2026-03-31",
      activityFrom: "2025-12-01",
      activityTo: null,
      openWorkOrders: "yes",
      asset: "aircraft",
    });
    expect(customerListCodec.serialize(params)).toBe(query);
    expect(customerListCodec.serialize(customerListCodec.parse(new URLSearchParams(query)))).toBe(query);
    expect(customerListCodec.filters(params)).toMatchObject({ asset: ["aircraft"], createdFrom: ["2026-01-01"] });
  });

  it("falls back to no filter for anything it cannot read, and swaps a reversed range", () => {
    const params = parseCustomerListParams({
      createdFrom: "2026-02-30",
      createdTo: "yesterday",
      activityFrom: "2026-05-01",
      activityTo: "2026-04-01",
      openWorkOrders: "maybe",
      asset: "boat",
      tagMode: "all",
    });
    expect(params).toMatchObject({
      createdFrom: null,
      createdTo: null,
      activityFrom: "2026-04-01",
      activityTo: "2026-05-01",
      openWorkOrders: null,
      asset: null,
      // Without tags the mode means nothing, so it is not written.
      tagMode: "any",
    });
    expect(customerListCodec.serialize(params)).toBe("activityFrom=2026-04-01&activityTo=2026-05-01");
    expect(parseCustomerListParams({ tag: "vip", tagMode: "every" }).tagMode).toBe("any");
  });

  it("keeps the filters in saved views and list back links (the page dropped)", () => {
    const query = "asset=none&openWorkOrders=no&createdTo=2026-06-30&page=3";
    expect(canonicalViewQuery("customers", query)).toBe("createdTo=2026-06-30&openWorkOrders=no&asset=none");
    expect(canonicalQuery(customerListCodec, query)).toBe("createdTo=2026-06-30&openWorkOrders=no&asset=none&page=3");
  });
});

describe("the POST /customers/search body", () => {
  it("reads to exactly the params the same URL query reads to", () => {
    const body = {
      q: "sky",
      status: ["active", "blocked"],
      tag: ["vip", "fleet"],
      tagMode: "all",
      tier: [tierId, "none"],
      owner: "me",
      createdFrom: "2026-01-01",
      createdTo: "2026-01-31",
      openWorkOrders: "no",
      asset: "vehicle",
      sort: "-createdAt",
      page: 2,
      perPage: 50,
      cols: ["name", "tier"],
    };
    const url = new URLSearchParams(
      `q=sky&status=active,blocked&tag=vip,fleet&tagMode=all&tier=${tierId},none&owner=me&createdFrom=2026-01-01` +
        "&createdTo=2026-01-31&openWorkOrders=no&asset=vehicle&sort=-createdAt&page=2&perPage=50&cols=name,tier",
    );
    expect(parseCustomerSearchBody(body)).toEqual(parseCustomerListParams(url));
    expect(parseCustomerSearchBody({})).toEqual(parseCustomerListParams({}));
  });

  it("takes more tags than fit a URL comfortably", () => {
    const tags = Array.from({ length: 100 }, (_, i) => `tag-${i}`);
    expect(parseCustomerSearchBody({ tag: tags }).tag).toHaveLength(100);
  });

  const errorOf = (body: unknown) => {
    try {
      parseCustomerSearchBody(body);
    } catch (error) {
      return error as AppError;
    }
    throw new Error("expected a validation error");
  };

  it.each([
    [{ createdFrom: "2026-02-30" }, "createdFrom", "must be a day"],
    [{ createdFrom: "2026-03-01", createdTo: "2026-02-01" }, "createdTo", "on or after"],
    [{ activityFrom: "2026-03-01", activityTo: "2026-02-01" }, "activityTo", "on or after"],
    [{ asset: "boat" }, "asset", ""],
    [{ openWorkOrders: true }, "openWorkOrders", ""],
    [{ tier: ["gold"] }, "tier", "tier id"],
    [{ tag: "vip" }, "tag", ""],
    [{ tag: Array.from({ length: 101 }, (_, i) => `t${i}`) }, "tag", "at most 100"],
    [{ perPage: 30 }, "perPage", ""],
    [{ sort: "password" }, "sort", ""],
    [{ bogus: 1 }, "_form", "bogus"],
  ])("refuses %j naming %s", (body, field, message) => {
    const error = errorOf(body);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.[field]?.join(" ") ?? "").toContain(message);
  });
});

describe("the active filters as chips", () => {
  const names = {
    tiers: new Map([[tierId, "Gold"]]),
    owners: new Map([["user_1", "Ana Lopez"]]),
    formatDay: (day: string) => `<${day}>`,
  };
  const chipsOf = (query: string) =>
    describeCustomerFilters(customerListCodec.parse(new URLSearchParams(query)), names);

  it("names every active filter with the URL keys its removal clears", () => {
    const chips = chipsOf(
      `status=active&tag=vip,fleet&tagMode=all&tier=${tierId},none&owner=user_1&createdFrom=2026-01-01` +
        "&createdTo=2026-03-31&activityTo=2026-02-01&openWorkOrders=yes&asset=aircraft&archived=only",
    );
    expect(chips).toEqual([
      { keys: ["status"], label: "Status: Active" },
      { keys: ["tag", "tagMode"], label: "Tags (all): vip, fleet" },
      { keys: ["tier"], label: "Tier: Gold, No tier" },
      { keys: ["owner"], label: "Owner: Ana Lopez" },
      { keys: ["createdFrom", "createdTo"], label: "Created <2026-01-01> – <2026-03-31>" },
      { keys: ["activityFrom", "activityTo"], label: "Last activity until <2026-02-01>" },
      { keys: ["openWorkOrders"], label: "Has open work orders" },
      { keys: ["asset"], label: "Has aircraft" },
      { keys: ["archived"], label: "Archived only" },
    ]);
  });

  it("has none for the defaults, and reads one day, me and unowned plainly", () => {
    expect(chipsOf("q=sky&sort=-name&page=2")).toEqual([]);
    expect(chipsOf("createdFrom=2026-01-05&createdTo=2026-01-05&owner=me").map((chip) => chip.label)).toEqual([
      "Owner: me",
      "Created <2026-01-05>",
    ]);
    expect(chipsOf("owner=none&asset=none").map((chip) => chip.label)).toEqual([
      "No owner",
      "Has no aircraft or vehicles",
    ]);
  });
});

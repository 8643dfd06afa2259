// customerListParamsSchema: URL and API params parse leniently, never throwing.
import { describe, expect, it } from "vitest";
import { defaultCustomerColumnIds } from "@/lib/customers/columns";
import { customerListParamsSchema, parseCustomerListParams } from "@/lib/customers/list-params";

const defaults = {
  q: "",
  status: [],
  kind: [],
  tag: [],
  tagMode: "any",
  archived: "exclude",
  tier: [],
  owner: null,
  createdFrom: null,
  createdTo: null,
  activityFrom: null,
  activityTo: null,
  openWorkOrders: null,
  asset: null,
  marketingConsent: null,
  sort: { column: "name", direction: "asc" },
  page: 1,
  perPage: 25,
  columns: defaultCustomerColumnIds,
};

describe("customerListParamsSchema", () => {
  it("defaults everything when params are missing or not an object", () => {
    expect(parseCustomerListParams({})).toEqual(defaults);
    expect(parseCustomerListParams(undefined)).toEqual(defaults);
    expect(customerListParamsSchema.parse(null)).toEqual(defaults);
    expect(customerListParamsSchema.parse("status=active")).toEqual(defaults);
  });

  it("reads multi-value filters comma-separated or repeated, dropping unknown values", () => {
    const params = parseCustomerListParams({
      status: ["active,blocked", "bogus", "active"],
      kind: "person,robot",
      tag: [" VIP ", "Fleet,Charter", ""],
    });
    expect(params).toMatchObject({ status: ["active", "blocked"], kind: ["person"], tag: ["VIP", "Fleet", "Charter"] });
  });

  it("reads URLSearchParams with repeated keys", () => {
    const params = parseCustomerListParams(new URLSearchParams("status=active&status=inactive&q=a%2Cb&sort=-city"));
    expect(params).toMatchObject({
      status: ["active", "inactive"],
      q: "a,b",
      sort: { column: "city", direction: "desc" },
    });
  });

  it.each([
    [{ sort: "email" }, { column: "email", direction: "asc" }],
    [{ sort: "-updatedAt" }, { column: "updatedAt", direction: "desc" }],
    [{ sort: "-bogus" }, { column: "name", direction: "asc" }],
    [{ sort: "searchText" }, { column: "name", direction: "asc" }],
    [{ sort: ["-kind", "name"] }, { column: "kind", direction: "desc" }],
  ])("parses sort %j", (input, sort) => {
    expect(parseCustomerListParams(input).sort).toEqual(sort);
  });

  it.each([
    ["2", 2],
    [" 7 ", 7],
    ["0", 1],
    ["-3", 1],
    ["1.5", 1],
    ["abc", 1],
    ["99999999999999999999", 1],
  ])("parses page %j as %d", (page, expected) => {
    expect(parseCustomerListParams({ page }).page).toBe(expected);
  });

  it.each([
    ["25", 25],
    ["50", 50],
    ["100", 100],
    ["101", 100],
    ["5000", 100],
    ["10", 25],
    ["0", 25],
    ["x", 25],
  ])("parses perPage %j as %d", (perPage, expected) => {
    expect(parseCustomerListParams({ perPage }).perPage).toBe(expected);
  });

  it("accepts numbers from API callers, trims and caps the query, and checks archived", () => {
    expect(customerListParamsSchema.parse({ page: 3, perPage: 50 })).toMatchObject({ page: 3, perPage: 50 });
    expect(parseCustomerListParams({ q: ["  acme, inc  ", "ignored"] }).q).toBe("acme, inc");
    expect(parseCustomerListParams({ q: "x".repeat(500) }).q).toHaveLength(200);
    expect(parseCustomerListParams({ archived: "only" }).archived).toBe("only");
    expect(parseCustomerListParams({ archived: "include" }).archived).toBe("include");
    expect(parseCustomerListParams({ archived: "all" }).archived).toBe("exclude");
  });

  it("reads tier ids plus none, and one owner (me, none or an id), dropping anything else", () => {
    const id = "0194f0a2-8c1e-7b3a-9d4e-1f2a3b4c5d6e";
    expect(parseCustomerListParams({ tier: `${id},none,gold` }).tier).toEqual([id, "none"]);
    expect(parseCustomerListParams({ owner: "me" }).owner).toBe("me");
    expect(parseCustomerListParams({ owner: "user_Ab-1" }).owner).toBe("user_Ab-1");
    expect(parseCustomerListParams({ owner: "me; drop" }).owner).toBeNull();
  });

  it("drops text no query can search for (a page URL with %00 shows the defaults; the REST API refuses it)", () => {
    const params = parseCustomerListParams(new URLSearchParams("q=sky%00&tag=VIP&tag=a%00b&status=active"));
    expect(params.q).toBe("");
    expect(params.tag).toEqual([]);
    expect(params.status).toEqual(["active"]);
    expect(parseCustomerListParams({ q: "\ud800" }).q).toBe("");
  });
});

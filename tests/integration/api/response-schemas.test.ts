// The OpenAPI document describes what the API really answers: every stored column integrators get is
// documented, the checker that tests/support/api.ts runs on every REST answer catches drift, and the
// customer's new fields (terms, tier, owner, internal notes on request) round-trip as documented.
import { beforeAll, describe, expect, it } from "vitest";
import * as customers from "@/app/api/v1/customers/route";
import * as customerItem from "@/app/api/v1/customers/[id]/route";
import * as contacts from "@/app/api/v1/customers/[id]/contacts/route";
import * as activity from "@/app/api/v1/customers/[id]/activity/route";
import * as tiers from "@/app/api/v1/tiers/route";
import { Prisma } from "@/lib/generated/prisma/client";
import { customerFieldNames } from "@/lib/customers/fields";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import type { JsonSchema } from "@/lib/openapi/json-schema";
import { makeOrg, uniq } from "../../factories";
import { call, makeApiKey } from "../../support/api";
import { responseProblems, schemaProblems } from "../../support/openapi-check";

const doc = buildOpenApiDocument();

/** Property names of a component schema, through its allOf parts. */
function documentedFields(name: string): string[] {
  const collect = (schema: JsonSchema): string[] => {
    const target =
      typeof schema.$ref === "string" ? (doc.components.schemas[schema.$ref.split("/").pop() ?? ""] ?? {}) : schema;
    return [
      ...Object.keys((target.properties as object | undefined) ?? {}),
      ...((target.allOf ?? []) as JsonSchema[]).flatMap(collect),
    ];
  };
  return [...new Set(collect({ $ref: `#/components/schemas/${name}` }))].sort();
}

const columns = (fields: Record<string, string>, hidden: string[]) =>
  Object.keys(fields)
    .filter((field) => !hidden.includes(field))
    .sort();

describe("documented resources cover every column the API returns", () => {
  it("Customer: every customer column but the tenant id, search text and merge columns (a merged one redirects), plus `masked`", () => {
    expect(documentedFields("Customer")).toEqual(
      [
        ...columns(Prisma.CustomerScalarFieldEnum, [
          "organizationId",
          "searchText",
          "mergedIntoId",
          "mergedAt",
          "mergedById",
        ]),
        "masked",
      ].sort(),
    );
  });

  it("Contact: every contact column but internal ones, with `primary` for isPrimary", () => {
    // An erased contact is deleted: no answer carries erasedAt (lib/contacts/resource.ts).
    const hidden = ["organizationId", "isPrimary", "deletedAt", "deletedById", "erasedAt"];
    expect(documentedFields("Contact")).toEqual([...columns(Prisma.ContactScalarFieldEnum, hidden), "primary"].sort());
  });

  it("Tier and Activity: every column but the tenant id (plus what the server adds)", () => {
    expect(documentedFields("Tier")).toEqual(
      [...columns(Prisma.CustomerTierScalarFieldEnum, ["organizationId"]), "customerCount"].sort(),
    );
    const activityColumns = columns(Prisma.ActivityScalarFieldEnum, ["organizationId", "customerId"]);
    expect(documentedFields("Activity")).toEqual(
      [...activityColumns, "actorName", "labels", "currency", "mergeUndone", "bodyHidden"].sort(),
    );
  });

  it("CustomerInput documents every field the server parses", () => {
    expect(documentedFields("CustomerInput")).toEqual([...customerFieldNames].sort());
    expect(documentedFields("ContactInput")).toContain("primary");
  });

  it("documents include=internalNotes wherever a customer is answered", () => {
    const withCustomer = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => JSON.stringify(op.responses).includes('"#/components/schemas/Customer"'))
        .map(
          ([method, op]) =>
            [`${method} ${path}`, ((op.parameters ?? []) as { name: string }[]).map((p) => p.name)] as const,
        ),
    );
    expect(withCustomer.length).toBeGreaterThanOrEqual(6);
    for (const [operation, params] of withCustomer) expect(params, operation).toContain("include");
  });
});

describe("the response checker", () => {
  const customer = { $ref: "#/components/schemas/Customer" };

  it("flags undocumented fields, missing required ones and wrong types", () => {
    const problems = schemaProblems(customer, { id: "x", surprise: 1, creditLimit: 12.5 });
    expect(problems).toContainEqual(expect.stringContaining("$.surprise: not in the documented schema"));
    expect(problems).toContainEqual(expect.stringContaining("$.version: required but missing"));
    expect(problems).toContainEqual(expect.stringContaining("$.id: not a uuid"));
    expect(problems.some((problem) => problem.startsWith("$.creditLimit"))).toBe(true);
  });

  it("flags undocumented statuses and operations", () => {
    expect(responseProblems("GET", "/api/v1/customers", 418, null)).toEqual([
      expect.stringContaining("status 418 is not documented"),
    ]);
    expect(responseProblems("GET", "/api/v1/nowhere", 200, null)).toEqual([
      expect.stringContaining("no such documented operation"),
    ]);
  });
});

describe("customer depth over REST, checked against the document", () => {
  let key: string;

  beforeAll(async () => {
    key = await makeApiKey((await makeOrg()).id, "manager");
  });

  it("round-trips every terms field, the tier and internal notes on request; lists summaries", async () => {
    const tier = await call(tiers.POST, "POST", "/api/v1/tiers", {
      key,
      body: { name: uniq("Gold "), level: 1, discountPercent: "7.5" },
    });
    const body = {
      name: uniq("Depth "),
      tierId: tier.json.data.id,
      customerType: "partner",
      creditLimit: "25,000.5",
      paymentTermsDays: 0,
      shippingSameAsBilling: false,
      shippingLine1: "1 Hangar Rd",
      shippingCity: "Knoxville",
      shippingCountry: "us",
      preferredShippingMethod: "Freight",
      internalNotes: "Call before delivery",
    };
    const created = await call(customers.POST, "POST", "/api/v1/customers?include=internalNotes", { key, body });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({
      tierId: tier.json.data.id,
      customerType: "partner",
      creditLimit: "25000.50",
      paymentTermsDays: 0,
      shippingSameAsBilling: false,
      shippingCountry: "US",
      internalNotes: "Call before delivery",
      ownerId: null,
    });
    const id: string = created.json.data.id;
    const plain = await call(customerItem.GET, "GET", `/api/v1/customers/${id}`, { key, params: { id } });
    expect(plain.json.data).not.toHaveProperty("internalNotes");

    const listed = await call(customers.GET, "GET", `/api/v1/customers?tier=${tier.json.data.id}`, { key });
    expect(listed.json.data).toEqual([
      expect.objectContaining({ id, tier: expect.objectContaining({ id: tier.json.data.id }) }),
    ]);
  });

  it("adds a contact as primary with `primary: true`", async () => {
    const { json } = await call(customers.POST, "POST", "/api/v1/customers", {
      key,
      body: { name: uniq("Contacts ") },
    });
    const id: string = json.data.id;
    const add = (extra: object) =>
      call(contacts.POST, "POST", `/api/v1/customers/${id}/contacts`, {
        key,
        params: { id },
        body: { firstName: "Ana", lastName: uniq(), email: `${uniq()}@example.test`, ...extra },
      });
    expect((await add({})).json.data.primary).toBe(true);
    const second = await add({ primary: true, preferredContactMethod: "sms", marketingConsent: "granted" });
    expect(second.json.data).toMatchObject({
      primary: true,
      preferredContactMethod: "sms",
      marketingConsent: "granted",
    });
    expect(second.json.data.marketingConsentAt).toEqual(expect.any(String));
  });

  it("keeps internal notes out of the timeline's diffs unless asked for", async () => {
    const { json } = await call(customers.POST, "POST", "/api/v1/customers", { key, body: { name: uniq("Notes ") } });
    const id: string = json.data.id;
    const patch = { internalNotes: "Secret", city: "Austin" };
    await call(customerItem.PATCH, "PATCH", `/api/v1/customers/${id}`, { key, params: { id }, body: patch });
    const read = (query: string) =>
      call(activity.GET, "GET", `/api/v1/customers/${id}/activity${query}`, { key, params: { id } });
    const [hidden] = (await read("?type=change")).json.data;
    expect(Object.keys(hidden.changes)).toEqual(["city"]);
    const [shown] = (await read("?type=change&include=internalNotes")).json.data;
    expect(shown.changes.internalNotes).toEqual({ from: null, to: "Secret" });
  });
});

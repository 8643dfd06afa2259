// Regressions the fuzz suites found or the penetration test reported: text PostgreSQL cannot store and
// values of the wrong type answer 422 naming the field (REST `error.details`, actions `fieldErrors`),
// never a 500, whatever the field, the query param or the import cell.
import { beforeAll, describe, expect, it } from "vitest";
import * as customers from "@/app/api/v1/customers/route";
import * as contacts from "@/app/api/v1/customers/[id]/contacts/route";
import * as activity from "@/app/api/v1/customers/[id]/activity/route";
import * as assets from "@/app/api/v1/assets/route";
import * as workOrders from "@/app/api/v1/work-orders/route";
import { createActionBuilder } from "@/lib/safe-action";
import { customerInputSchema } from "@/lib/customers/schemas";
import { listImportIssues } from "@/lib/imports/queries";
import type { Ctx } from "@/lib/auth/context";
import type { JsonSchema } from "@/lib/openapi/json-schema";
import { call, makeOrgWithApiKey } from "../../support/api";
import { ctxFor, makeUser, uniq } from "../../factories";
import { csv, importCsv } from "../imports/helpers";
import { doc, resolveSchema, rowCounts } from "./fuzz-support";

let key: string;
let orgId: string;
let admin: Ctx;

beforeAll(async () => {
  ({ orgId, key } = await makeOrgWithApiKey());
  admin = ctxFor(orgId, (await makeUser(orgId, "admin")).id, "admin");
});

/** Every property of the documented customer create body that accepts a string. */
function customerStringFields(): string[] {
  const schema = resolveSchema(doc.components.schemas.CustomerInput as JsonSchema);
  const acceptsString = (s: JsonSchema): boolean => {
    const r = resolveSchema(s);
    const types = Array.isArray(r.type) ? r.type : [r.type];
    return types.includes("string") || ((r.anyOf ?? r.oneOf ?? []) as JsonSchema[]).some(acceptsString);
  };
  return Object.entries(schema.properties as Record<string, JsonSchema>)
    .filter(([, property]) => acceptsString(property))
    .map(([name]) => name);
}

describe("a NUL byte in any string field of a customer", () => {
  const fields = customerStringFields();

  it("finds the string fields in the document", () => {
    expect(fields).toEqual(expect.arrayContaining(["name", "email", "notes", "city", "tierId", "internalNotes"]));
    expect(fields.length).toBeGreaterThan(30);
  });

  it.each(fields)("POST /customers with NUL in %s → 422 naming it, nothing written", async (field) => {
    const before = await rowCounts(orgId);
    const body = { name: uniq("Nul "), [field]: field === "name" ? "Acme\u0000" : "a\u0000b" };
    const res = await call(customers.POST, "POST", "/api/v1/customers", { key, body });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("VALIDATION");
    expect(Object.keys(res.json.error.details)).toContain(field);
    expect(await rowCounts(orgId)).toEqual(before);
  });

  it("a lone surrogate is refused the same way", async () => {
    const res = await call(customers.POST, "POST", "/api/v1/customers", { key, body: { name: "Bad \ud800 name" } });
    expect(res.status).toBe(422);
    expect(res.json.error.details.name).toEqual([expect.stringMatching(/invalid character/)]);
  });

  it("the server action builder answers fieldErrors naming the field", async () => {
    const create = createActionBuilder(async () => admin)(customerInputSchema, async () => "created");
    const result = await create({ name: "Acme", city: "Knox\u0000ville" });
    expect(result).toEqual({
      error: expect.objectContaining({ code: "VALIDATION", fieldErrors: { city: [expect.stringMatching(/NUL/)] } }),
    });
  });
});

describe("a NUL byte in a list's query", () => {
  const lists = [
    ["/api/v1/customers", customers.GET],
    ["/api/v1/assets", assets.GET],
    ["/api/v1/work-orders", workOrders.GET],
  ] as const;

  it.each(lists)("%s?q=%00 → 422 naming q", async (path, handler) => {
    for (const [param, value] of [
      ["q", "a\u0000"],
      ["q", "\u0000"],
      ["sort", "\u0000name"],
    ]) {
      const res = await call(handler, "GET", `${path}?${new URLSearchParams({ [param!]: value! })}`, { key });
      expect(res.status).toBe(422);
      expect(res.json.error.details).toEqual({ [param!]: [expect.stringMatching(/NUL/)] });
    }
  });
});

describe("a malformed activity cursor", () => {
  it("is a documented 400, not an undocumented status (FUZZ_SEED=7)", async () => {
    const customer = await call(customers.POST, "POST", "/api/v1/customers", { key, body: { name: uniq("Cursor ") } });
    const id = customer.json.data.id as string;
    const res = await call(activity.GET, "GET", `/api/v1/customers/${id}/activity?cursor=%0D%0A%09`, {
      key,
      params: { id },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("BAD_REQUEST");
  });
});

describe("wrong types", () => {
  it('{"email":123} on a contact → 422 naming email', async () => {
    const customer = await call(customers.POST, "POST", "/api/v1/customers", { key, body: { name: uniq("Typed ") } });
    const id = customer.json.data.id as string;
    const res = await call(contacts.POST, "POST", `/api/v1/customers/${id}/contacts`, {
      key,
      params: { id },
      body: { firstName: "Ada", lastName: "Lovelace", email: 123 },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details.email).toEqual(["Email must be text"]);
  });

  it("numbers, arrays and objects for customer text fields → 422 naming the field", async () => {
    for (const value of [123, ["a"], { a: 1 }, true]) {
      const res = await call(customers.POST, "POST", "/api/v1/customers", {
        key,
        body: { name: uniq("Typed "), city: value },
      });
      expect(res.status).toBe(422);
      expect(res.json.error.details.city).toEqual(["City must be text"]);
    }
  });
});

describe("an import cell with a NUL byte", () => {
  it("fails that row with a reason naming the column; the job completes", async () => {
    const account = uniq("NUL-");
    // Past the 64 KB the upload sniffs for binary content, as a NUL deep in a large export would be.
    const padding = Array.from({ length: 600 }, (_, i) => [
      `${account}-p${i}`,
      `Padding ${i}`,
      "Austin",
      "x".repeat(100),
    ]);
    const result = await importCsv(
      admin,
      csv([
        ["Account Number", "Company", "City", "Notes"],
        ...padding,
        [`${account}-bad1`, "Bad\u0000row", "Boston", ""],
        [`${account}-bad2`, "Also bad", "Chi\u0000cago", "n\u0000te"],
      ]),
    );
    expect(result).toMatchObject({ status: "completed", created: 600, failed: 2 });
    const issues = await listImportIssues(admin, result.id, { severity: "error" });
    expect(issues.rows).toEqual([
      { rowNumber: 602, severity: "error", messages: [{ column: "Company", message: expect.stringMatching(/NUL/) }] },
      {
        rowNumber: 603,
        severity: "error",
        messages: expect.arrayContaining([
          { column: "City", message: expect.stringMatching(/NUL/) },
          { column: "Notes", message: expect.stringMatching(/NUL/) },
        ]),
      },
    ]);
  });
});

// Shared pieces of the REST fuzz suites: operations read from the OpenAPI document, their route modules,
// input generators derived from the documented JSON Schemas mixed with hostile values, a fixture
// organization with one record of every kind, and the properties every answer must hold.
import path from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { pairKey } from "@/lib/duplicate-pairs/schemas";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import type { JsonSchema } from "@/lib/openapi/json-schema";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import { call } from "../../support/api";
import { makeOrg, makeUser, uniq } from "../../factories";

/** One seed for every property (FUZZ_SEED=<n> reproduces a failure; FUZZ_SCALE=<k> runs k times as many inputs). */
const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20_261_205);
const fuzzRuns = (runs: number) => Math.max(1, Math.round(runs * Number(process.env.FUZZ_SCALE ?? 1)));
const fuzzSettings = (numRuns: number) => ({
  seed: fuzzSeed,
  numRuns: fuzzRuns(numRuns),
  endOnFailure: true,
  includeErrorInReport: true,
});

/** Checks `property` with the suite's seed; a failure names the seed and shows the input, long runs shortened. */
export async function fuzz<T>(property: fc.IAsyncPropertyWithHooks<T>, numRuns: number): Promise<void> {
  try {
    await fc.assert(property, fuzzSettings(numRuns));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `FUZZ_SEED=${fuzzSeed}\n${message.replace(/(.)\1{100,}/gsu, (run, char: string) => `${char}…(×${run.length})`)}`,
    );
  }
}

export const doc = buildOpenApiDocument();

type RouteHandler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface DocOperation {
  method: string;
  template: string;
  operation: JsonSchema;
  pathParams: string[];
  query: { name: string; schema: JsonSchema }[];
  jsonBody?: JsonSchema;
}

/** Every operation of the document (no hand list: a new route is fuzzed automatically). */
export function documentOperations(): DocOperation[] {
  return Object.entries(doc.paths).flatMap(([template, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const parameters = (operation.parameters ?? []) as { name: string; in: string; schema: JsonSchema }[];
      const content = (operation.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
        ?.content;
      return {
        method: method.toUpperCase(),
        template,
        operation,
        pathParams: parameters.filter((p) => p.in === "path").map((p) => p.name),
        query: parameters.filter((p) => p.in === "query").map((p) => ({ name: p.name, schema: p.schema })),
        jsonBody: content?.["application/json"]?.schema,
      };
    }),
  );
}

const apiRoot = path.resolve(import.meta.dirname, "../../../app/api/v1");

/** `/customers/{id}` → the handler exported by app/api/v1/customers/[id]/route.ts for `method`. */
async function routeHandler(op: DocOperation): Promise<RouteHandler> {
  const file = path.join(apiRoot, op.template.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
  const mod = (await import(file)) as Record<string, RouteHandler | undefined>;
  const handler = mod[op.method];
  if (!handler) throw new Error(`${file} exports no ${op.method}`);
  return handler;
}

export function resolveSchema(schema: JsonSchema): JsonSchema {
  const pointer = schema.$ref;
  if (typeof pointer !== "string") return schema;
  const target = doc.components.schemas[pointer.split("/").pop() ?? ""];
  if (!target) throw new Error(`Unresolved ${pointer}`);
  return resolveSchema(target);
}

// ---------------------------------------------------------------------------------------------------
// Hostile values

const megabyte = "x".repeat(1024 * 1024);
function deeplyNested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

/** Strings PostgreSQL cannot store, or that trip parsers, encodings, SQL, HTML and number readers. */
const hostileStrings = [
  "\u0000",
  "abc\u0000def",
  "\u0000\u0000\u0000",
  "\ud800",
  "lone \udfff low",
  "\ud83d",
  megabyte,
  "\u202eevil\u202c",
  "zero\u200bwidth\u200d\ufeff",
  "'; DROP TABLE customers; --",
  "' OR '1'='1",
  "\\",
  "%00",
  "%",
  "_",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "9".repeat(400),
  "../../etc/passwd",
  "${7*7}{{7*7}}",
  "=cmd|' /C calc'!A0",
  "   ",
  "",
  "\r\n\t",
  "𝓤𝓷𝓲𝓬𝓸𝓭𝓮 ✓ 日本語 עברית",
] as const;

const hostileNonStrings: unknown[] = [
  null,
  0,
  -1,
  1.5,
  123,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  [],
  {},
  ["a", 1, null],
  { nested: { deeper: "\u0000" } },
  deeplyNested(2_000, "array"),
  deeplyNested(2_000, "object"),
];

const hostileString = fc.constantFrom(...hostileStrings);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, fc.constantFrom(...hostileNonStrings));

/** A plain object with an own `__proto__` / `constructor` / `prototype` key (as JSON.parse makes). */
function withPrototypeKeys(object: Record<string, unknown>, value: unknown): Record<string, unknown> {
  const copy = { ...object };
  for (const key of ["__proto__", "constructor", "prototype"]) {
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------------
// Valid-ish values from JSON Schema

/** Ids a `uuid` field may name: real records of the fixture organization, or a random id. */
let uuidPool: string[] = [];

const nameHints: [RegExp, fc.Arbitrary<unknown>][] = [
  [/email/i, fc.emailAddress()],
  [/phone|mobile/i, fc.constantFrom("+1 865 555 0100", "(865) 555-0199", "+44 20 7946 0958")],
  [/^country|Country$/, fc.constantFrom("US", "CA", "GB", "us")],
  [/currency/i, fc.constantFrom("USD", "EUR", "cad")],
  [/language/i, fc.constantFrom("en", "en-US", "fr-CA")],
  [/website/i, fc.constantFrom("https://example.com", "example.org", "//evil.example")],
  [/registration/i, fc.constantFrom("N12345", "G-ABCD", "C-FXYZ")],
  [/^vin$/i, fc.constantFrom("1HGCM82633A004352", "JH4KA7561PC008269")],
  [/postalCode/i, fc.constantFrom("37902", "K1A 0B1", "SW1A 1AA")],
  [/color/i, fc.constantFrom("#1d4ed8", "#ABCDEF")],
  [/discountPercent/i, fc.constantFrom("12.50", "0", "100", 7.5)],
  [/dueDate|since/i, fc.constantFrom("2026-01-31", "2026-02-30")],
  [/occurredAt|from|to/i, fc.constantFrom("2026-01-31T10:00:00Z", "2026-01-31")],
];

function validString(s: JsonSchema, name: string): fc.Arbitrary<unknown> {
  if (s.format === "uuid") return fc.oneof(fc.constantFrom(...uuidPool), fc.uuid());
  if (s.format === "date") return fc.constantFrom("2026-01-31", "1999-12-31");
  if (s.format === "date-time") return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  const max = typeof s.maxLength === "number" ? s.maxLength : 60;
  const min = typeof s.minLength === "number" ? s.minLength : 0;
  const hint = nameHints.find(([pattern]) => pattern.test(name))?.[1];
  const plain = fc.string({ minLength: min, maxLength: Math.min(max, 40) });
  const boundary = fc.constantFrom("x".repeat(max), "y".repeat(max + 1));
  return hint
    ? fc.oneof({ weight: 3, arbitrary: hint }, plain, boundary)
    : fc.oneof({ weight: 3, arbitrary: plain }, boundary);
}

function validNumber(s: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const min = typeof s.minimum === "number" ? s.minimum : -1_000_000;
  const max = typeof s.maximum === "number" ? s.maximum : 1_000_000;
  const inRange = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true });
  return fc.oneof({ weight: 3, arbitrary: inRange }, fc.constantFrom(min, max, min - 1, max + 1));
}

function objectArbitrary(s: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required ?? []) as string[]);
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, prop]) => [key, valueArbitrary(prop, key, depth + 1)]),
  );
  const record = fc.record(model, { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) });
  return fc.oneof(
    { weight: 6, arbitrary: record },
    fc.tuple(record, hostileValue).map(([object, value]) => withPrototypeKeys(object, value)),
    fc
      .tuple(record, fc.string({ maxLength: 10 }), hostileValue)
      .map(([object, key, value]) => ({ ...object, [`x${key}`]: value })),
  );
}

function validValue(schema: JsonSchema, name: string, depth: number): fc.Arbitrary<unknown> {
  const s = resolveSchema(schema);
  if ("const" in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = s[key] as JsonSchema[] | undefined;
    if (options?.length) return fc.oneof(...options.map((option) => validValue(option, name, depth)));
  }
  if (Array.isArray(s.allOf)) {
    return fc
      .tuple(...(s.allOf as JsonSchema[]).map((part) => validValue(part, name, depth)))
      .map((parts) => Object.assign({}, ...parts.filter((part) => typeof part === "object" && part !== null)));
  }
  const type = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string | undefined];
  if (type.length > 1) return fc.oneof(...type.map((t) => validValue({ ...s, type: t }, name, depth)));
  switch (type[0]) {
    case "string":
      return validString(s, name);
    case "integer":
    case "number":
      return validNumber(s, type[0] === "integer");
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(s.items ? valueArbitrary(s.items as JsonSchema, name, depth + 1) : hostileValue, {
        maxLength: 4,
      });
    case "object":
      return depth > 4 ? fc.constant({}) : objectArbitrary(s, depth);
    default:
      return fc.constantFrom(null, "x", 1, "");
  }
}

/** A documented value most of the time, a hostile one otherwise. */
function valueArbitrary(schema: JsonSchema, name = "", depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: validValue(schema, name, depth) }, { weight: 1, arbitrary: hostileValue });
}

/** Every property a body schema names (through $ref, allOf and the variants of anyOf/oneOf). */
function bodyProperties(schema: JsonSchema): [string, JsonSchema][] {
  const s = resolveSchema(schema);
  const own = Object.entries((s.properties ?? {}) as Record<string, JsonSchema>);
  const parts = [s.allOf, s.anyOf, s.oneOf].flatMap((list) => (list ?? []) as JsonSchema[]);
  return [...own, ...parts.flatMap(bodyProperties)];
}

/**
 * A JSON body for `op`: most often an accepted body with one or two fields replaced (valid-ish or
 * hostile), so a bad value is the only problem and must be caught before the database; otherwise a
 * body generated from the schema alone, or no object at all.
 */
export function bodyArbitrary(op: DocOperation, fixture: Fixture): fc.Arbitrary<unknown> {
  const schema = op.jsonBody!;
  const properties = bodyProperties(schema);
  const base = fc.constant(null).map(() => fixture.validBody(op));
  const field = fc
    .constantFrom(...properties)
    .chain(([name, prop]) =>
      fc
        .oneof(validValue(prop, name, 1), { weight: 3, arbitrary: hostileValue })
        .map((value) => [name, value] as const),
    );
  const mutated = fc.tuple(base, fc.array(field, { minLength: 1, maxLength: 2 })).map(([body, fields]) => {
    const copy: Record<string, unknown> = { ...body };
    for (const [name, value] of fields)
      Object.defineProperty(copy, name, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
  return fc.oneof(
    { weight: properties.length > 0 ? 8 : 0, arbitrary: mutated },
    { weight: 4, arbitrary: validValue(schema, "", 0) },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** Query params: each documented one valid-ish or hostile, plus `q` (every list reads it or ignores it). */
export function queryArbitrary(op: DocOperation): fc.Arbitrary<[string, string][]> {
  const names = [...new Set([...op.query.map((p) => p.name), "q"])];
  const one = (name: string) => {
    const schema = op.query.find((p) => p.name === name)?.schema;
    const item = schema ? resolveSchema(schema) : { type: "string" };
    const documented = (
      item.type === "array" ? validValue(item.items as JsonSchema, name, 0) : validValue(item, name, 0)
    ).map((v) => (typeof v === "string" ? v : (JSON.stringify(v) ?? "")));
    return fc
      .oneof({ weight: 2, arbitrary: documented }, hostileString)
      .map((value) => [name, value] as [string, string]);
  };
  return fc
    .tuple(...names.map((name) => fc.option(one(name), { nil: undefined })))
    .map((pairs) => pairs.filter((pair): pair is [string, string] => pair !== undefined));
}

export const hostileIds = fc.oneof(
  hostileString,
  fc.constantFrom(
    "not-a-uuid",
    "00000000-0000-0000-0000-000000000000",
    "1",
    "-1",
    "ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ",
  ),
  fc.uuid(),
);

// ---------------------------------------------------------------------------------------------------
// The fixture organization

export interface Fixture {
  orgId: string;
  key: string;
  ids: Record<string, string>;
  /** A body the operation accepts, with fresh unique values (an empty object when none is known). */
  validBody: (op: DocOperation) => Record<string, unknown>;
}

async function post(template: string, body: unknown, params: Record<string, string> = {}): Promise<string> {
  const op = documentOperations().find((o) => o.method === "POST" && o.template === template);
  if (!op) throw new Error(`No POST ${template}`);
  const url = `/api/v1${template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "x")}`;
  const res = await call(await routeHandler(op), "POST", url, { key: fixtureKey, body, params });
  if (res.status >= 300) throw new Error(`Fixture POST ${template}: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.data.id as string;
}

let fixtureKey = "";

const registration = () => `N${Math.floor(10_000 + Math.random() * 89_999)}`;

/**
 * Accepted bodies to mutate, for the creates whose rules a schema cannot express (required names,
 * unique values). Only seeds: an operation missing here is still fuzzed from its schema.
 */
const validBodies = (ids: Record<string, string>): Record<string, () => Record<string, unknown>> => ({
  "POST /service-centers": () => ({ name: "Fuzz center", code: `F${uniq().slice(0, 6).toUpperCase()}` }),
  "POST /tiers": () => ({ name: uniq("Tier "), level: 1 + Math.floor(Math.random() * 999), discountPercent: "5" }),
  "POST /customers": () => ({ name: uniq("Fuzz customer "), tierId: ids.tier }),
  "POST /customers/{id}/contacts": () => ({ firstName: "Ada", lastName: "Fuzz", email: `${uniq("ada")}@example.test` }),
  "POST /customers/{id}/activity": () => ({ type: "note", summary: "Fuzz note" }),
  "POST /assets": () => ({ kind: "aircraft", registration: registration() }),
  "POST /assets/{id}/customers": () => ({ customerId: ids.customer }),
  "POST /work-orders": () => ({ serviceCenterId: ids.serviceCenter, assetId: ids.asset }),
  "POST /saved-views": () => ({ resource: "customers", name: uniq("View "), query: "status=active" }),
});

/** An organization with an admin key (permissions never mask validation) and one record of each kind. */
export async function makeFixture(): Promise<Fixture> {
  const org = await makeOrg();
  // A key with a creator (saved views belong to a user) acting as admin.
  const admin = await makeUser(org.id, "admin");
  fixtureKey = (await createApiKeyWithSecret(db, { orgId: org.id, name: "fuzz", role: "admin", createdById: admin.id }))
    .key;
  const ids: Record<string, string> = {};
  const body = (template: string) => validBodies(ids)[`POST ${template}`]!();
  ids.serviceCenter = await post("/service-centers", body("/service-centers"));
  ids.tier = await post("/tiers", body("/tiers"));
  ids.customer = await post("/customers", body("/customers"));
  ids.duplicate = await post("/customers", body("/customers"));
  ids.contact = await post("/customers/{id}/contacts", body("/customers/{id}/contacts"), { id: ids.customer });
  ids.activity = await post("/customers/{id}/activity", body("/customers/{id}/activity"), { id: ids.customer });
  ids.asset = await post("/assets", body("/assets"));
  ids.link = await post("/assets/{id}/customers", body("/assets/{id}/customers"), { id: ids.asset });
  ids.workOrder = await post("/work-orders", body("/work-orders"));
  ids.savedView = await post("/saved-views", body("/saved-views"));
  uuidPool = Object.values(ids);
  return {
    orgId: org.id,
    key: fixtureKey,
    ids,
    validBody: (op) => validBodies(ids)[`${op.method} ${op.template}`]?.() ?? {},
  };
}

/** The record a path parameter names, from the path's resource: `/assets/{id}/customers/{linkId}`. */
export function pathParamValue(fixture: Fixture, template: string, name: string): string {
  const byName: Record<string, string | undefined> = {
    contactId: fixture.ids.contact,
    activityId: fixture.ids.activity,
    linkId: fixture.ids.link,
    key: pairKey(fixture.ids.customer!, fixture.ids.duplicate!),
  };
  const resource: Record<string, string | undefined> = {
    customers: fixture.ids.customer,
    assets: fixture.ids.asset,
    "work-orders": fixture.ids.workOrder,
    "service-centers": fixture.ids.serviceCenter,
    tiers: fixture.ids.tier,
    "saved-views": fixture.ids.savedView,
  };
  return byName[name] ?? resource[template.split("/")[1] ?? ""] ?? "00000000-0000-4000-8000-000000000000";
}

// ---------------------------------------------------------------------------------------------------
// Properties

const countedTables = {
  customers: "customer",
  contacts: "contact",
  assets: "asset",
  links: "asset_customer",
  workOrders: "work_order",
  tiers: "customer_tier",
  savedViews: "saved_view",
  activity: "activity",
  jobs: "job",
  serviceCenters: "service_center",
  imports: "import",
  transfers: "ownership_transfer",
} as const;
const countSql = `SELECT ${Object.entries(countedTables)
  .map(([name, table]) => `(SELECT count(*)::int FROM "${table}" WHERE organization_id = $1) AS "${name}"`)
  .join(", ")}`;

/** Rows of every table a request can write, for the fixture organization (one round trip). */
export async function rowCounts(orgId: string): Promise<Record<string, number>> {
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(countSql, orgId);
  return row ?? {};
}

const internalLeak =
  /\n\s+at |prisma|invalid byte sequence|22021|TypeError|ReferenceError|RangeError|is not a function|Cannot read prop|undefined is not|node_modules|\.ts:\d+/i;

/** A 4xx answer is exactly `{ error: { code, message, details?, requestId } }` with nothing internal in it. */
function expectCleanError(status: number, json: unknown, label: string) {
  expect(json, label).toBeTypeOf("object");
  const body = json as { error?: Record<string, unknown> };
  expect(Object.keys(body), label).toEqual(["error"]);
  const error = body.error ?? {};
  expect(
    Object.keys(error).filter((key) => !["code", "message", "details", "requestId"].includes(key)),
    label,
  ).toEqual([]);
  expect(error.code, label).toBeTypeOf("string");
  expect(error.message, label).toBeTypeOf("string");
  expect(JSON.stringify(error), label).not.toMatch(internalLeak);
  if (status === 422)
    expect(Object.keys((error.details ?? {}) as object).length, `${label}: 422 names the field`).toBeGreaterThan(0);
}

/** Sends one request and checks the properties every answer must hold; returns the status. */
export async function probe(
  fixture: Fixture,
  op: DocOperation,
  input: { params: Record<string, string>; query?: [string, string][]; body?: unknown },
): Promise<number> {
  const handler = await routeHandler(op);
  const template = op.template.replace(/\{(\w+)\}/g, (_, name: string) => safeSegment(input.params[name] ?? ""));
  const search = input.query?.length ? `?${new URLSearchParams(input.query).toString()}` : "";
  const before = await rowCounts(fixture.orgId);
  const label = `${op.method} ${op.template} (FUZZ_SEED=${fuzzSeed})`;
  let result: Awaited<ReturnType<typeof call>>;
  try {
    result = await call(handler, op.method, `/api/v1${template}${search}`, {
      key: fixture.key,
      params: input.params,
      ...(input.body !== undefined && { body: input.body }),
    });
  } catch (error) {
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
  expect(
    result.status,
    `${label} answered ${result.status}: ${JSON.stringify(result.json)?.slice(0, 500)}`,
  ).toBeLessThan(500);
  if (result.status >= 400) {
    expectCleanError(result.status, result.json, `${label} ${result.status}`);
    expect(await rowCounts(fixture.orgId), `${label}: a rejected request wrote nothing`).toEqual(before);
  }
  return result.status;
}

/** A path segment that always forms a valid URL (the handler reads the raw value from `params`). */
function safeSegment(value: string): string {
  try {
    return encodeURIComponent(value).slice(0, 200) || "x";
  } catch {
    return "x";
  }
}

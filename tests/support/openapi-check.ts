// Checks real REST responses against the OpenAPI document: a small JSON Schema (2020-12) checker for
// the keywords the document uses, with objects treated as closed, so a field the API returns but the
// document does not describe fails the test that made the call.
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/openapi/document";
import type { JsonSchema } from "@/lib/openapi/json-schema";
import { PARTIAL_OF } from "@/lib/openapi/field-selection";

let doc: OpenApiDocument | undefined;
const apiDoc = () => (doc ??= buildOpenApiDocument());

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function resolve(schema: JsonSchema): JsonSchema {
  const pointer = schema.$ref;
  if (typeof pointer !== "string") return schema;
  const name = pointer.split("/").pop() ?? "";
  const target = pointer.includes("/responses/")
    ? apiDoc().components.responses[name]
    : apiDoc().components.schemas[name];
  if (!target) throw new Error(`Unresolved ${pointer}`);
  return resolve(target);
}

/** Every property name the schema, its allOf parts and any of its variants describe. */
function declaredProperties(schema: JsonSchema): Set<string> {
  const resolved = resolve(schema);
  const names = new Set(Object.keys(isObject(resolved.properties) ? resolved.properties : {}));
  const parts = [resolved.allOf, resolved.anyOf, resolved.oneOf].flatMap((list) => (list ?? []) as JsonSchema[]);
  for (const part of parts) for (const name of declaredProperties(part)) names.add(name);
  return names;
}

/** An object schema checks unknown fields itself; a bare union (object | null) leaves it to the variant. */
const describesObject = (s: JsonSchema) => s.properties !== undefined || s.allOf !== undefined;

const typeChecks: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === "string",
  number: (value) => typeof value === "number",
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === "boolean",
  null: (value) => value === null,
  array: Array.isArray,
  object: isObject,
};

const formats: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

/** Problems with `value` against `schema`, as "path: message" lines (empty when it conforms). */
export function schemaProblems(schema: JsonSchema, value: unknown, path = "$", closed = true): string[] {
  const s = resolve(schema);
  const problems: string[] = [];
  if (s.type !== undefined) {
    const types = (Array.isArray(s.type) ? s.type : [s.type]) as string[];
    if (!types.some((type) => typeChecks[type]?.(value)))
      return [`${path}: expected ${types.join(" | ")}, got ${JSON.stringify(value)}`];
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if ("const" in s && s.const !== value) problems.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (typeof value === "string") {
    const format = typeof s.format === "string" ? formats[s.format] : undefined;
    if (format && !format.test(value)) problems.push(`${path}: not a ${String(s.format)}: ${value}`);
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value))
      problems.push(`${path}: does not match ${s.pattern}`);
  }
  for (const part of (s.allOf ?? []) as JsonSchema[]) problems.push(...schemaProblems(part, value, path, false));
  const closedVariants = closed && !describesObject(s);
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = s[key] as JsonSchema[] | undefined;
    if (options && !options.some((option) => schemaProblems(option, value, path, closedVariants).length === 0)) {
      const nearest = options
        .map((option) => schemaProblems(option, value, path, closedVariants))
        .sort((a, b) => a.length - b.length)[0];
      problems.push(`${path}: matches no ${key} option (${nearest?.join("; ")})`);
    }
  }
  if (Array.isArray(value) && s.items)
    value.forEach((item, i) => problems.push(...schemaProblems(s.items as JsonSchema, item, `${path}[${i}]`)));
  if (isObject(value)) problems.push(...objectProblems(s, value, path, closed));
  return problems;
}

function objectProblems(s: JsonSchema, value: Record<string, unknown>, path: string, closed: boolean): string[] {
  const problems: string[] = [];
  const properties = (isObject(s.properties) ? s.properties : {}) as Record<string, JsonSchema>;
  for (const name of (s.required ?? []) as string[])
    if (!(name in value)) problems.push(`${path}.${name}: required but missing`);
  for (const [name, item] of Object.entries(value)) {
    if (properties[name]) problems.push(...schemaProblems(properties[name], item, `${path}.${name}`));
    else if (isObject(s.additionalProperties))
      problems.push(...schemaProblems(s.additionalProperties, item, `${path}.${name}`));
  }
  if (closed && describesObject(s) && s.additionalProperties === undefined) {
    const declared = declaredProperties(s);
    for (const name of Object.keys(value))
      if (!declared.has(name)) problems.push(`${path}.${name}: not in the documented schema`);
  }
  return problems;
}

/** The documented operation for `METHOD /api/v1/…` (query string ignored), by its path template. */
function findOperation(method: string, url: string): JsonSchema | undefined {
  const pathname = new URL(url, "http://localhost").pathname.replace(/^\/api\/v1/, "");
  // Static segments win over placeholders, as in the router: /customers/export is not /customers/{id}.
  const placeholders = (template: string) => template.split("{").length;
  const templates = Object.entries(apiDoc().paths).sort(([a], [b]) => placeholders(a) - placeholders(b));
  for (const [template, item] of templates) {
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`);
    if (pattern.test(pathname)) return item[method.toLowerCase()];
  }
  return undefined;
}

/**
 * The answer's schema with whole records only: a `<schema>Partial` variant is what a request with
 * `?fields` or `?exclude` may get, so without them a record missing a documented field still fails.
 */
function wholeRecords(schema: JsonSchema): JsonSchema {
  const isPartial = (option: JsonSchema) => typeof option.$ref === "string" && PARTIAL_OF in resolve(option);
  const options = schema.anyOf as JsonSchema[] | undefined;
  if (options?.some(isPartial)) {
    const whole = options.filter((option) => !isPartial(option));
    return whole.length === 1 ? whole[0]! : { ...schema, anyOf: whole };
  }
  const properties = isObject(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : undefined;
  return {
    ...schema,
    ...(properties && {
      properties: Object.fromEntries(Object.entries(properties).map(([name, item]) => [name, wholeRecords(item)])),
    }),
    ...(isObject(schema.items) && { items: wholeRecords(schema.items) }),
  };
}

const asksForSomeFields = (url: string) => {
  const params = new URL(url, "http://localhost").searchParams;
  return params.has("fields") || params.has("exclude");
};

/** Problems with a response against what the document says that operation answers with that status. */
export function responseProblems(method: string, url: string, status: number, body: unknown): string[] {
  const operation = findOperation(method, url);
  if (!operation) return [`${method} ${url}: no such documented operation`];
  const response = (operation.responses as Record<string, JsonSchema>)[String(status)];
  if (!response) return [`${method} ${url}: status ${status} is not documented`];
  const content = resolve(response).content as Record<string, { schema?: JsonSchema }> | undefined;
  const documented = content?.["application/json"]?.schema;
  if (!documented || body === null) return [];
  const schema = asksForSomeFields(url) ? documented : wholeRecords(documented);
  return schemaProblems(schema, body).map((problem) => `${method} ${url} ${status}: ${problem}`);
}

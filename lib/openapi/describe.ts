// Reads the OpenAPI document into what the docs page shows: operations per tag, field tables, curl.
import { can, roles, type Permission } from "@/lib/auth/permissions";
import type { JsonSchema } from "@/lib/openapi/json-schema";
import type { OpenApiDocument } from "@/lib/openapi/document";
import type { StricterPermission } from "@/lib/openapi/registry";

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  notes: string;
}

interface FieldGroup {
  title: string | null;
  fields: FieldRow[];
}

export interface OperationView {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  isPublic: boolean;
  /** Who may call it, from x-permission and x-permission-stricter. */
  access: string;
  parameters: FieldRow[];
  body: { name: string; groups: FieldGroup[] } | null;
  responses: { status: string; description: string; schema: string | null }[];
  curl: string;
}

const asSchema = (value: unknown): JsonSchema => (value && typeof value === "object" ? (value as JsonSchema) : {});

function refName(schema: JsonSchema): string | null {
  return typeof schema.$ref === "string" ? (schema.$ref.split("/").pop() ?? null) : null;
}

/** A record's schema name; a sparse-capable answer (`Customer` or `CustomerPartial`) shows the whole one. */
function recordName(schema: JsonSchema): string | null {
  const [whole] = (schema.anyOf ?? []) as JsonSchema[];
  return refName(schema) ?? (whole ? refName(whole) : null);
}

function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const name = refName(schema);
  return name ? resolve(doc, asSchema(doc.components.schemas[name] ?? doc.components.responses[name])) : schema;
}

/** "string", "integer | string | null", "array of string", "one of: a, b" … */
function typeText(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if ("const" in schema) return JSON.stringify(schema.const);
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (options) return [...new Set(options.map((option) => typeText(asSchema(option))))].join(" | ");
  if (schema.type === "array") return `array of ${typeText(asSchema(schema.items))}`;
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  const type = typeof schema.type === "string" ? schema.type : (refName(schema) ?? "any");
  return typeof schema.format === "string" ? `${type} (${schema.format})` : type;
}

/** Limits and defaults, gathered from the schema and the branches of its anyOf. */
function constraintText(schema: JsonSchema): string {
  const parts: string[] = [];
  const visit = (node: JsonSchema) => {
    if (typeof node.minLength === "number" && node.minLength > 0) parts.push(`min length ${node.minLength}`);
    if (typeof node.maxLength === "number") parts.push(`max length ${node.maxLength}`);
    if (typeof node.minimum === "number") parts.push(`≥ ${node.minimum}`);
    if (typeof node.exclusiveMinimum === "number") parts.push(`> ${node.exclusiveMinimum}`);
    if (typeof node.maximum === "number") parts.push(`≤ ${node.maximum}`);
    if (typeof node.pattern === "string") parts.push(`pattern ${node.pattern}`);
    if ("default" in node) parts.push(`default ${JSON.stringify(node.default)}`);
    for (const option of (node.anyOf ?? []) as JsonSchema[]) visit(asSchema(option));
  };
  visit(schema);
  if (typeof schema.description === "string") parts.push(schema.description);
  return parts.join("; ");
}

function objectFields(doc: OpenApiDocument, schema: JsonSchema): FieldRow[] {
  const resolved = resolve(doc, schema);
  if (Array.isArray(resolved.allOf)) return resolved.allOf.flatMap((part) => objectFields(doc, asSchema(part)));
  const required = new Set((resolved.required ?? []) as string[]);
  return Object.entries(asSchema(resolved.properties)).map(([name, value]) => ({
    name,
    type: typeText(asSchema(value)),
    required: required.has(name),
    notes: constraintText(asSchema(value)),
  }));
}

/** A body's fields; a oneOf (aircraft | vehicle) gives one group per variant. */
function fieldGroups(doc: OpenApiDocument, schema: JsonSchema): FieldGroup[] {
  const resolved = resolve(doc, schema);
  const variants = (resolved.oneOf ?? resolved.anyOf) as JsonSchema[] | undefined;
  if (!variants || resolved.properties) return [{ title: null, fields: objectFields(doc, resolved) }];
  return variants.map((variant, index) => {
    const fields = objectFields(doc, asSchema(variant));
    const kind = fields.find((field) => field.type.startsWith('"'));
    return { title: kind ? `${kind.name} = ${kind.type}` : `Variant ${index + 1}`, fields };
  });
}

function curlExample(method: string, path: string, op: JsonSchema, serverUrl: string): string {
  const url = `https://your-host${serverUrl}${path.replace(/\{(\w+)\}/g, (_match, name: string) => `<${name}>`)}`;
  const lines = [`curl -X ${method.toUpperCase()} '${url}'`];
  if (!Array.isArray(op.security)) lines.push(`-H 'Authorization: Bearer <your API key>'`);
  if (op.requestBody) lines.push(`-H 'Content-Type: application/json'`, `-d '{ … }'`);
  return lines.join(" \\\n  ");
}

/** "customer:archive (manager and up)". */
function permissionText(permission: Permission): string {
  const lowest = [...roles].reverse().find((role) => can(role, permission));
  return `${permission} (${lowest ?? "owner"} and up)`;
}

function accessText(op: JsonSchema): string {
  const permission = op["x-permission"] as Permission | "public" | "member";
  if (permission === "public") return "No API key needed";
  const base = permission === "member" ? "Any role" : permissionText(permission);
  const cases = ((op["x-permission-stricter"] ?? []) as StricterPermission[]).map((rule) => {
    const when =
      "query" in rule
        ? `?${rule.query}=${rule.value}`
        : "body" in rule
          ? `"${rule.body}": ${JSON.stringify(rule.value)}`
          : `a ${rule.jobKind} job`;
    return `${when}: ${permissionText(rule.permission)}`;
  });
  return [base, ...cases].join("; ");
}

function operationView(doc: OpenApiDocument, path: string, method: string, op: JsonSchema): OperationView {
  const parameters = ((op.parameters ?? []) as JsonSchema[]).map((param) => ({
    name: `${String(param.name)} (${String(param.in)})`,
    type: typeText(asSchema(param.schema)),
    required: param.required === true,
    notes: [param.description, constraintText(asSchema(param.schema))].filter(Boolean).join("; "),
  }));
  const bodySchema = asSchema(asSchema(asSchema(asSchema(op.requestBody).content)["application/json"]).schema);
  const responses = Object.entries(asSchema(op.responses)).map(([status, value]) => {
    const response = resolve(doc, asSchema(value));
    const schema = asSchema(asSchema(asSchema(response.content)["application/json"]).schema);
    const data = asSchema(asSchema(schema.properties).data);
    const item = recordName(data) ?? recordName(asSchema(data.items)) ?? refName(schema);
    return {
      status,
      description: String(response.description ?? ""),
      schema: item && data.type === "array" ? `${item}[]` : item,
    };
  });
  return {
    id: String(op.operationId),
    method: method.toUpperCase(),
    path,
    summary: String(op.summary ?? ""),
    description: typeof op.description === "string" ? op.description : null,
    isPublic: Array.isArray(op.security) && op.security.length === 0,
    access: accessText(op),
    parameters,
    body: op.requestBody ? { name: refName(bodySchema) ?? "Body", groups: fieldGroups(doc, bodySchema) } : null,
    responses,
    curl: curlExample(method, path, op, doc.servers[0]?.url ?? ""),
  };
}

/** Tags in document order, each with its operations in path order. */
export function describeDocument(doc: OpenApiDocument) {
  return doc.tags.map((tag) => ({
    ...tag,
    operations: Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => (op.tags as string[] | undefined)?.includes(tag.name))
        .map(([method, op]) => operationView(doc, path, method, op)),
    ),
  }));
}

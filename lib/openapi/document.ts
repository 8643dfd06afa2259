// Builds the OpenAPI 3.1 document from the resource registry (served at /api/v1/openapi.json).
import { z } from "zod";
import { cursorMetaSchema, errorDescriptions, errorSchema, listMetaSchema } from "@/lib/openapi/common";
import type { ErrorCode } from "@/lib/errors";
import { inputSchema, ref, type JsonSchema } from "@/lib/openapi/json-schema";
import { apiResources } from "@/lib/openapi/resources";
import { fieldSelectionParams, partialSchema, recordSchema } from "@/lib/openapi/field-selection";
import { markMaskableFields } from "@/lib/openapi/maskable";
import type { Operation, QueryParam, ResourceSpec, SuccessResponse } from "@/lib/openapi/registry";

export const apiBasePath = "/api/v1";

/** Reads of a merged customer, and of anything under it, answer 308 to the same path on its survivor. */
const MERGED_CUSTOMER_PATH = "/customers/{id}";

const mergedResponse: JsonSchema = {
  description:
    "The customer was merged into another: `Location` is the same URL on the surviving customer (writes to a merged customer are a 404)",
  headers: { Location: { description: "The same URL on the surviving customer", schema: { type: "string" } } },
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: { mergedInto: { type: "string", format: "uuid", description: "The surviving customer's id" } },
        required: ["mergedInto"],
      },
    },
  },
};

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
};

const description =
  "Customers, aircraft and vehicles, their links, work orders and service centers of one organization. " +
  "Authenticate with an organization API key: `Authorization: Bearer <key>` (Settings → API keys). " +
  "Errors are `{ error: { code, message, details } }`. Updates take the record version as `If-Match` " +
  "(from the ETag) or as `version` in the body; a stale version is a 409. Each operation names the permission " +
  "it needs as `x-permission` (checked before the body is read) and any case needing more as " +
  "`x-permission-stricter`. JSON bodies over the configured limit (1 MB by default) are a 413.";

function pathParameters({ path, pathParams = {} }: Operation): JsonSchema[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
    const declared = pathParams[name!];
    return {
      name,
      in: "path",
      required: true,
      ...(declared
        ? { description: declared.description, schema: inputSchema(declared.schema) }
        : { schema: { type: "string", format: "uuid" } }),
    };
  });
}

function queryParameter({ name, description, schema, list }: QueryParam): JsonSchema {
  const json = inputSchema(schema);
  return {
    name,
    in: "query",
    description,
    schema: list ? { type: "array", items: json } : json,
    ...(list && { explode: true }),
  };
}

function successBody(success: SuccessResponse, op: Pick<Operation, "fieldSelection"> = {}): JsonSchema | undefined {
  if (!success.schema) return undefined;
  const item = recordSchema(success.schema, op);
  if (success.shape === "list")
    return { type: "object", properties: { data: { type: "array", items: item } }, required: ["data"] };
  if (success.shape === "page" || success.shape === "cursor") {
    const meta = ref(success.shape === "page" ? "ListMeta" : "CursorMeta");
    return { type: "object", properties: { data: { type: "array", items: item }, meta }, required: ["data", "meta"] };
  }
  return { type: "object", properties: { data: item }, required: ["data"] };
}

/** The operation's own errors plus those every operation of its kind can answer (key, role, JSON body). */
function documentedErrors(op: Operation): ErrorCode[] {
  const implied: ErrorCode[] = [];
  if (op.permission !== "public") implied.push("UNAUTHORIZED");
  if ((op.permission !== "public" && op.permission !== "member") || op.stricter) implied.push("FORBIDDEN");
  if (op.body) implied.push("BAD_REQUEST", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE");
  // Text that cannot be stored (a NUL byte) is refused wherever a body or query brings it (lib/validation.ts).
  if (op.body || op.query?.length || op.fieldSelection) implied.push("VALIDATION");
  return [...new Set([...op.errors, ...implied])];
}

function responses(op: Operation): JsonSchema {
  const errors = documentedErrors(op);
  const body = successBody(op.success, op);
  const headers: JsonSchema = {};
  if (op.success.etag) headers.ETag = { description: "The record version, quoted", schema: { type: "string" } };
  if (op.success.status === 201)
    headers.Location = { description: "URL of the new record", schema: { type: "string" } };
  if (op.success.files) {
    headers["Content-Disposition"] = { description: "`attachment` with the file name", schema: { type: "string" } };
    const files = Object.fromEntries(
      op.success.files.map((type) => [type, { schema: { type: "string", format: "binary" } }]),
    );
    return {
      [op.success.status]: { description: op.success.description, headers, content: files },
      ...Object.fromEntries(
        errors.map((code) => [errorDescriptions[code].status, { $ref: `#/components/responses/${code}` }]),
      ),
    };
  }
  const result: JsonSchema = {
    [op.success.status]: {
      description: op.success.description,
      ...(Object.keys(headers).length > 0 && { headers }),
      ...(body
        ? { content: { "application/json": { schema: body } } }
        : op.success.status !== 204 && { content: { "application/json": {} } }),
    },
  };
  if (op.noContent) result[204] = { description: op.noContent };
  if (op.accepted) {
    const schema = successBody({ status: 200, description: "", schema: op.accepted.schema });
    result[202] = { description: op.accepted.description, content: { "application/json": { schema } } };
  }
  for (const code of errors) result[errorDescriptions[code].status] = { $ref: `#/components/responses/${code}` };
  if (op.method === "get" && op.path.startsWith(MERGED_CUSTOMER_PATH))
    result[308] = { $ref: "#/components/responses/MERGED" };
  return result;
}

function operationObject(op: Operation, tag: string): JsonSchema {
  const query = [...(op.query ?? []), ...(op.fieldSelection ? fieldSelectionParams(op.fieldSelection) : [])];
  const parameters = [...pathParameters(op), ...query.map(queryParameter)];
  if (op.ifMatch) {
    parameters.push({
      name: "If-Match",
      in: "header",
      description: 'The version from the ETag, e.g. "3"',
      schema: { type: "string" },
    });
  }
  return {
    operationId: op.operationId,
    tags: [tag],
    summary: op.summary,
    ...(op.description && { description: op.description }),
    ...(op.permission === "public" && { security: [] }),
    ...(op.session && { security: [{ bearerAuth: [] }, { sessionCookie: [] }] }),
    "x-permission": op.permission,
    ...(op.stricter && { "x-permission-stricter": op.stricter }),
    ...(parameters.length > 0 && { parameters }),
    ...(op.body && {
      requestBody: { required: !op.bodyOptional, content: { "application/json": { schema: ref(op.body) } } },
    }),
    ...(op.fileBody && {
      requestBody: {
        required: true,
        content: Object.fromEntries(
          op.fileBody.map((type) => [type, { schema: { type: "string", format: "binary" } }]),
        ),
      },
    }),
    responses: responses(op),
  };
}

function componentSchema(schema: z.ZodType | JsonSchema): JsonSchema {
  return schema instanceof z.ZodType ? inputSchema(schema) : schema;
}

export function buildOpenApiDocument(resources: ResourceSpec[] = apiResources): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  const schemas: Record<string, JsonSchema> = {
    Error: inputSchema(errorSchema),
    ListMeta: inputSchema(listMetaSchema),
    CursorMeta: inputSchema(cursorMetaSchema),
  };
  for (const resource of resources) {
    for (const [name, schema] of Object.entries(resource.schemas)) schemas[name] = componentSchema(schema);
    for (const op of resource.operations) {
      (paths[op.path] ??= {})[op.method] = operationObject(op, resource.tag);
    }
  }
  markMaskableFields(schemas);
  // Sparse answers' records (`?fields`, `?exclude`), once every schema they are built from is in place.
  for (const { fieldSelection, success } of resources.flatMap(({ operations }) => operations))
    if (fieldSelection && success.schema)
      schemas[`${success.schema}Partial`] ??= partialSchema(success.schema, schemas);
  const errorResponses = Object.fromEntries(
    Object.entries(errorDescriptions).map(([code, { description }]) => [
      code,
      { description, content: { "application/json": { schema: ref("Error") } } },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: { title: "Customer Hub API", version: "1.0.0", description },
    servers: [{ url: apiBasePath }],
    security: [{ bearerAuth: [] }],
    tags: resources.map(({ tag, description }) => ({ name: tag, description })),
    paths,
    components: {
      schemas,
      responses: { ...errorResponses, MERGED: mergedResponse },
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An organization API key" },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description: "The app's own signed-in session (same-origin requests only; writes need a same-origin Origin)",
        },
      },
    },
  };
}

let cached: OpenApiDocument | undefined;

/** The document is pure data derived from code, so it is built once per server process. */
export function getOpenApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}

const operationsById = new Map(
  apiResources.flatMap((resource) => resource.operations).map((op) => [op.operationId, op]),
);

/** The documented operation a route serves; an unknown id fails when the route module loads. */
export function findOperation(operationId: string): Operation {
  const operation = operationsById.get(operationId);
  if (!operation) throw new Error(`No operation "${operationId}" in the OpenAPI registry (lib/openapi/resources).`);
  return operation;
}

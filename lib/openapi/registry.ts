// The shape every resource uses to declare its REST operations; document.ts turns them into OpenAPI.
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import type { ErrorCode } from "@/lib/errors";
import type { JsonSchema } from "@/lib/openapi/json-schema";
import type { SelectableResource } from "@/lib/api/field-selection";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface QueryParam {
  name: string;
  description: string;
  schema: z.ZodType;
  /** Repeated (`?status=a&status=b`) or comma-separated values. */
  list?: boolean;
}

export interface SuccessResponse {
  status: 200 | 201 | 202 | 204;
  description: string;
  /** A component schema name wrapped as `{ data }`, `{ data: [] }` (list), `{ data: [], meta }` (page or cursor). */
  schema?: string;
  shape?: "one" | "list" | "page" | "cursor";
  /** Sets ETag (the record version) and, for 201, Location. */
  etag?: boolean;
  /** A file download instead of JSON: its media types, sent with Content-Disposition: attachment. */
  files?: string[];
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** Relative to `/api/v1`, with `{param}` placeholders. */
  path: string;
  summary: string;
  description?: string;
  query?: QueryParam[];
  /** Name of a component schema sent as the JSON body. */
  body?: string;
  /** The body may be left out (all its fields are optional). */
  bodyOptional?: boolean;
  /** Path parameters that are not a record's UUID (the default), with their own schema. */
  pathParams?: Record<string, { description: string; schema: z.ZodType }>;
  /** A file sent as the raw request body (not JSON): its accepted media types. */
  fileBody?: string[];
  /** Reads `If-Match: "<version>"` for optimistic concurrency. */
  ifMatch?: boolean;
  success: SuccessResponse;
  /**
   * Who may call it (lib/auth/permissions.ts): apiRoute checks it after authentication and before the
   * body is read; the data layer checks again. `"public"` needs no key; `"member"` is any role.
   */
  permission: Permission | "public" | "member";
  /** Cases that need more than `permission` (see StricterPermission for who checks each). */
  stricter?: StricterPermission[];
  /** Also accepts the signed-in browser session (the app's own downloads, uploads and job polling). */
  session?: boolean;
  /** When the operation can also answer 204 No Content: in which case. */
  noContent?: string;
  /** When the operation can also answer 202 Accepted with `{ data }` of this schema (work left to a job). */
  accepted?: { description: string; schema: string };
  errors: ErrorCode[];
  /**
   * Takes `?fields` and `?exclude=pii` (lib/api/field-selection.ts) over these fields: the answer's records
   * are then documented as whole or as `<schema>Partial` (only `id` required).
   */
  fieldSelection?: SelectableResource;
}

/**
 * A case that needs another permission as well. `query`: when the parameter's values (repeated or
 * comma-separated) include `value` — checked by apiRoute before the handler, like `permission`. The
 * others depend on the body or the stored record, so the data layer checks them: `body` when the
 * field equals `value`, `jobKind` for a job of that kind.
 */
export type StricterPermission = { permission: Permission } & (
  { query: string; value: string } | { body: string; value: string | boolean } | { jobKind: string }
);

export interface ResourceSpec {
  tag: string;
  description: string;
  /** Component schemas: zod schemas (converted as request input) or ready JSON Schema. */
  schemas: Record<string, z.ZodType | JsonSchema>;
  operations: Operation[];
}

// Pieces every resource shares: record metadata, the error body, list parameters and the resource
// schema built as "its input fields as stored, plus what the server adds".
import { z } from "zod";
import { perPageOptions } from "@/lib/list-params";
import type { ErrorCode } from "@/lib/errors";
import { inputSchema, ref, type JsonSchema } from "@/lib/openapi/json-schema";
import type { QueryParam } from "@/lib/openapi/registry";
import { duplicateCandidateSchema } from "@/lib/duplicates/schemas";

export const uuid = z.uuid();
export const timestamp = z.iso.datetime({ offset: true });
export const nullableTimestamp = timestamp.nullable();

/** Columns every versioned record has. */
export const recordFields = {
  id: uuid,
  version: z.number().int().positive().describe("Send it back as If-Match (or `version`) when you update"),
  createdAt: timestamp,
  updatedAt: timestamp,
};

/** `allOf`: the fields clients send (normalized as stored) plus the server-maintained `extra` ones. */
export function resourceSchema(inputName: string, description: string, extra: z.ZodRawShape): JsonSchema {
  const server = inputSchema(z.object(extra));
  // Always-present fields are required; `.optional()` ones (relations only some answers carry) are not.
  const required = Object.entries(extra)
    .filter(([, schema]) => !z.safeParse(schema, undefined).success)
    .map(([name]) => name);
  return { description, allOf: [ref(inputName), { ...server, required }] };
}

export const errorSchema = z.object({
  error: z.object({
    code: z.enum([
      "BAD_REQUEST",
      "UNAUTHORIZED",
      "FORBIDDEN",
      "NOT_FOUND",
      "CONFLICT",
      "PAYLOAD_TOO_LARGE",
      "UNSUPPORTED_MEDIA_TYPE",
      "VALIDATION",
      "RATE_LIMITED",
      "INTERNAL",
    ]),
    message: z.string(),
    details: z.record(z.string(), z.array(z.string())).optional().describe("Messages per field (VALIDATION, CONFLICT)"),
    candidates: z
      .array(duplicateCandidateSchema)
      .optional()
      .describe("Likely duplicates, best first (CONFLICT from POST /customers?checkDuplicates=true)"),
    requestId: z
      .string()
      .optional()
      .describe(
        "The request's id, also in the `X-Request-Id` header and the server's log lines; quote it when reporting a problem",
      ),
  }),
});

export const listMetaSchema = z.object({
  total: z
    .number()
    .int()
    .min(0)
    .describe("How many match: exact unless `totalCapped` (a lower bound) or `totalEstimated` (an estimate)"),
  totalCapped: z
    .boolean()
    .optional()
    .describe(
      'Lists count up to 10,000: `true` means more match (`total` is 10,000; show "10,000+"). Pages reach the first 10,000 rows of any list; narrow it with filters (or export it) for more',
    ),
  totalEstimated: z
    .boolean()
    .optional()
    .describe(
      '`true`: far more than 10,000 match, and `total` is the database planner\'s estimate, which may be off either way (show it as "about 1.2M"); `pageCount` still stops at 10,000 rows. Never set together with `totalCapped`',
    ),
  page: z.number().int().min(1),
  perPage: z.number().int(),
  pageCount: z.number().int().min(0).describe("Pages that can be read: at most 10,000 rows' worth"),
});

export const cursorMetaSchema = z.object({
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
});

const answer = (status: number, description: string) => ({ status, description });

export const errorDescriptions: Record<ErrorCode, { status: number; description: string }> = {
  BAD_REQUEST: answer(400, "The body is not a JSON object (or nests too deeply), or If-Match is malformed"),
  UNAUTHORIZED: answer(401, "Missing or invalid API key"),
  FORBIDDEN: answer(403, "The API key's role may not do this"),
  NOT_FOUND: answer(404, "No such record in your organization"),
  CONFLICT: answer(409, "Stale version, duplicate value, or the record is referenced"),
  PAYLOAD_TOO_LARGE: answer(413, "The body (JSON or uploaded file) is larger than the configured limit"),
  UNSUPPORTED_MEDIA_TYPE: answer(415, "A JSON body sent with a Content-Type other than application/json"),
  VALIDATION: answer(422, "A field is invalid; `details` names each one"),
  RATE_LIMITED: answer(429, "Too many requests; retry later"),
  INTERNAL: answer(500, "Unexpected error; quote the `requestId`"),
};

export const pageParam: QueryParam = {
  name: "page",
  description: "Page number, from 1",
  schema: z.number().int().min(1).default(1),
};

/** Free-text search, sort and pagination, as every list reads them (bad values fall back to defaults). */
export function listParams(
  sortColumns: readonly string[],
  defaultSort: string,
  { relevance = false }: { relevance?: boolean } = {},
): QueryParam[] {
  const sorts = [...sortColumns.flatMap((column) => [column, `-${column}`]), ...(relevance ? ["relevance"] : [])];
  return [
    { name: "q", description: "Search text (accents and case ignored)", schema: z.string().max(200) },
    {
      name: "sort",
      description: `Column, \`-\` prefix for descending (default \`${defaultSort}\`${relevance ? "; \`relevance\` while \`q\` is set" : ""})`,
      schema: z.enum(sorts),
    },
    pageParam,
    {
      name: "perPage",
      description: "Rows per page",
      schema: z.literal(perPageOptions).default(25),
    },
  ];
}

export const permanentParam: QueryParam = {
  name: "permanent",
  description: "`true` deletes for good (admins only, and only records nothing references)",
  schema: z.enum(["true", "false"]).default("false"),
};

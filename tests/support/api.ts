// Calls REST route handlers in-process with real Request objects and a real API key.
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import { db } from "@/lib/db";
import type { ApiKeyRole } from "@/lib/api-keys/schemas";
import { responseProblems } from "./openapi-check";

type RouteHandler<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

export async function makeApiKey(orgId: string, role: ApiKeyRole = "admin") {
  const { key } = await createApiKeyWithSecret(db, { orgId, name: `key-${role}`, role, createdById: null });
  return key;
}

export interface CallOptions<P> {
  key?: string | null;
  body?: unknown;
  rawBody?: string;
  params?: P;
  headers?: Record<string, string>;
}

export async function call<P extends Record<string, string>>(
  handler: RouteHandler<P>,
  method: string,
  path: string,
  opts: CallOptions<P> = {},
) {
  const headers = new Headers(opts.headers);
  if (opts.key) headers.set("authorization", `Bearer ${opts.key}`);
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers.set("content-type", "application/json");
  }
  const request = new Request(`http://localhost${path}`, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(opts.params ?? ({} as P)) });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test helper: bodies are asserted field by field
  const json: any = text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text || null;
  // Every answer must be what the OpenAPI document says (fields, types, statuses): docs cannot drift.
  const problems = path.startsWith("/api/v1/") ? responseProblems(method, path, response.status, json) : [];
  if (problems.length > 0) throw new Error(`Response does not match the OpenAPI document:\n${problems.join("\n")}`);
  return { status: response.status, headers: response.headers, json };
}

// Calls REST route handlers in-process with real Request objects and a real API key or session.
import { createHmac, randomUUID } from "node:crypto";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import { getAuth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import type { ApiKeyRole } from "@/lib/api-keys/schemas";
import { makeOrg } from "@/tests/factories/orgs";
import { responseProblems } from "./openapi-check";

type RouteHandler<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

export async function makeApiKey(orgId: string, role: ApiKeyRole = "admin") {
  const { key } = await createApiKeyWithSecret(db, { orgId, name: `key-${role}`, role, createdById: null });
  return key;
}

/** A new organization and an admin API key of it. */
export async function makeOrgWithApiKey() {
  const { id: orgId } = await makeOrg();
  return { orgId, key: await makeApiKey(orgId, "admin") };
}

/** A signed-in browser session in `orgId`: its `Cookie` header value (signed as better-auth signs it) and id. */
export async function makeSessionCookie(userId: string, orgId: string): Promise<{ cookie: string; sessionId: string }> {
  const token = randomUUID().replace(/-/g, "");
  const session = await db.session.create({
    data: { id: randomUUID(), token, userId, activeOrganizationId: orgId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  const { secret } = await getAuth().$context;
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return { cookie: `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`, sessionId: session.id };
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

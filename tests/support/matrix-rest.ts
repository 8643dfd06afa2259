// The tenancy and role matrix of the REST API, generated from the OpenAPI document: every operation,
// as every key role (and browser session where the operation takes one), against its own organization's
// records and another's. A new route is covered as soon as it is documented.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { can, type Permission } from "@/lib/auth/permissions";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import type { StricterPermission } from "@/lib/openapi/registry";
import { call } from "./api";
import { exampleBodies } from "./matrix-bodies";
import { Fixtures, inBatches, makeWorld, matrixRoles, type Member, type RecordKind, type World } from "./matrix-world";
import { schemaProblems } from "./openapi-check";

type RouteHandler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface MatrixOperation {
  operationId: string;
  method: string;
  path: string;
  permission: Permission | "public" | "member";
  stricter: StricterPermission[];
  session: boolean;
  jsonBody?: string;
  fileTypes?: string[];
}

const doc = buildOpenApiDocument();

const matrixOperations: MatrixOperation[] = Object.entries(doc.paths).flatMap(([route, item]) =>
  Object.entries(item).map(([method, op]) => {
    const content =
      (op.requestBody as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined)?.content ?? {};
    const jsonRef = content["application/json"]?.schema?.$ref;
    const fileTypes = Object.keys(content).filter((type) => type !== "application/json");
    return {
      operationId: op.operationId as string,
      method: method.toUpperCase(),
      path: route,
      permission: op["x-permission"] as MatrixOperation["permission"],
      stricter: (op["x-permission-stricter"] ?? []) as StricterPermission[],
      session: JSON.stringify(op.security ?? []).includes("sessionCookie"),
      ...(jsonRef && { jsonBody: jsonRef.split("/").pop() }),
      ...(fileTypes.length > 0 && { fileTypes }),
    };
  }),
);

/** Which record a path parameter names: by its own name, else (for `{id}`) by the collection before it. */
const kindByParam: Record<string, RecordKind> = {
  contactId: "contact",
  activityId: "activity",
  linkId: "link",
  mergeId: "merge",
  exportId: "subjectExport",
  shareId: "share",
  deliveryId: "webhookDelivery",
};
const kindByCollection: Record<string, RecordKind> = {
  customers: "customer",
  duplicates: "duplicatePair",
  assets: "asset",
  imports: "import",
  jobs: "job",
  "saved-views": "savedView",
  "service-centers": "serviceCenter",
  tiers: "tier",
  "work-orders": "workOrder",
  webhooks: "webhook",
};

function paramKind(route: string, name: string): RecordKind | undefined {
  if (kindByParam[name]) return kindByParam[name];
  const segments = route.split("/");
  const collection = segments[segments.indexOf(`{${name}}`) - 1] ?? "";
  return kindByCollection[collection];
}

const apiRoot = path.resolve(import.meta.dirname, "../../app/api/v1");

async function routeHandler(op: MatrixOperation): Promise<RouteHandler> {
  const file = path.join(apiRoot, op.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
  const handler = ((await import(file)) as Record<string, RouteHandler | undefined>)[op.method];
  if (!handler) throw new Error(`${file} exports no ${op.method} for ${op.operationId}`);
  return handler;
}

/** One way of calling an operation, and the permissions it needs beyond the operation's own. */
interface Variant {
  name: string;
  query: Record<string, string>;
  bodyPatch: Record<string, unknown>;
  jobKind?: string;
  /** Every permission the call needs. */
  needs: Permission[];
  /** Those apiRoute checks before the handler (the rest only the data layer can, once it has the record or body). */
  upfront: Permission[];
}

function variantsOf(op: MatrixOperation): Variant[] {
  const base = op.permission === "public" || op.permission === "member" ? [] : [op.permission];
  const plain = { query: {}, bodyPatch: {}, needs: base, upfront: base };
  const variants: Variant[] = [];
  if (!op.stricter.some((rule) => "jobKind" in rule)) variants.push({ name: "as documented", ...plain });
  for (const rule of op.stricter) {
    if ("query" in rule)
      variants.push({
        ...plain,
        name: `?${rule.query}=${rule.value}`,
        query: { [rule.query]: rule.value },
        needs: [...plain.needs, rule.permission],
        upfront: [...base, rule.permission],
      });
    if ("body" in rule)
      variants.push({
        ...plain,
        name: `${rule.body}: ${String(rule.value)}`,
        bodyPatch: { [rule.body]: rule.value },
        needs: [...plain.needs, rule.permission],
      });
    if ("jobKind" in rule)
      variants.push({
        ...plain,
        name: `a ${rule.jobKind} job`,
        jobKind: rule.jobKind,
        needs: [...base, rule.permission],
      });
  }
  return variants;
}

const csvFile = "Account Number,Company\r\nMX-1,Matrix Air\r\n";

interface Credentials {
  key?: string;
  cookie?: string;
}

/** Calls `op` as `credentials` with records from `fx`; answers the status, the JSON body and the raw text. */
async function invoke(
  op: MatrixOperation,
  variant: Variant,
  fx: Fixtures,
  credentials: Credentials,
  onlyNamingRecords = false,
) {
  const params: Record<string, string> = {};
  let route = op.path;
  for (const [, name] of op.path.matchAll(/\{(\w+)\}/g)) {
    const kind = paramKind(op.path, name!);
    if (!kind)
      throw new Error(
        `No record kind for {${name}} in ${op.path}: add it to kindByParam/kindByCollection in tests/support/matrix-rest.ts`,
      );
    params[name!] = await fx.id(kind);
    route = route.replace(`{${name}}`, params[name!]!);
  }
  const search = new URLSearchParams(variant.query);
  if (op.fileTypes) search.set("filename", "matrix.csv");
  const url = `/api/v1${route}${search.size > 0 ? `?${search}` : ""}`;
  const headers: Record<string, string> = {};
  if (credentials.cookie)
    Object.assign(headers, { cookie: credentials.cookie, origin: "http://localhost", host: "localhost" });
  let body: unknown;
  let rawBody: string | undefined;
  if (op.jsonBody) {
    const example = exampleBodies[op.jsonBody];
    if (!example) throw new Error(`No example body for ${op.jsonBody}: add one to tests/support/matrix-bodies.ts`);
    body = { ...(await example(fx)), ...variant.bodyPatch };
  } else if (op.fileTypes) {
    if (!op.fileTypes.includes("text/csv"))
      throw new Error(`${op.operationId} takes no CSV file: teach the matrix its file type`);
    rawBody = csvFile;
    headers["content-type"] = "text/csv";
  }
  const named =
    Object.keys(params).length > 0 ||
    [...fx.world.secrets].some((secret) => JSON.stringify(body ?? "").includes(secret));
  if (onlyNamingRecords && !named) return null;
  const handler = await routeHandler(op);
  const response = await call(handler, op.method, url, { key: credentials.key, params, body, rawBody, headers });
  return { ...response, text: JSON.stringify(response.json) };
}

const allowed = (member: Member, variant: Variant) => variant.needs.every((permission) => can(member.role, permission));
const passesUpfront = (member: Member, variant: Variant) =>
  variant.upfront.every((permission) => can(member.role, permission));

/** Statuses an allowed call may answer: done, or refused for the record's state (e.g. restoring a live record). */
const allowedStatus = (status: number) => (status >= 200 && status < 300) || status === 409;

function expectNoLeak(text: string, other: World, label: string) {
  const leaked = [...other.secrets].filter((secret) => text.includes(secret));
  expect(leaked, `${label} leaked another organization's data`).toEqual([]);
}

/**
 * `upfrontCheck: false` when apiRoute's own check is switched off: only the calls it would refuse are
 * made (the others run the same code either way), and since the data layer may look the record up
 * before its role check, another organization's record may then be a 404 instead of a 403.
 */
export function describeRestMatrix(title: string, { upfrontCheck = true } = {}) {
  describe(title, () => {
    let a: World;
    let b: World;
    /** Reads, and calls that must be refused, share one set of records per caller; allowed writes get fresh ones. */
    const shared = new Map<string, Fixtures>();
    const fixturesFor = (world: World, member: Member, op: MatrixOperation, variant: Variant) => {
      const options = { caller: member, jobKind: variant.jobKind };
      const refused = upfrontCheck && !passesUpfront(member, variant);
      if ((op.method !== "GET" && !refused) || variant.jobKind) return new Fixtures(world, options);
      const id = `${world.orgId}:${member.role}`;
      if (!shared.has(id)) shared.set(id, new Fixtures(world, options));
      return shared.get(id)!;
    };

    beforeAll(async () => {
      [a, b] = await Promise.all([makeWorld(), makeWorld()]);
    });

    it("covers every documented operation, each bound to a route", () => {
      expect(matrixOperations.length).toBeGreaterThan(50);
      for (const op of matrixOperations) {
        for (const [, name] of op.path.matchAll(/\{(\w+)\}/g))
          expect(paramKind(op.path, name!), `${op.path} {${name}}`).toBeDefined();
        if (op.jsonBody) expect(Object.keys(exampleBodies), op.operationId).toContain(op.jsonBody);
      }
    });

    it("has an example body for every JSON body schema, valid against the document", async () => {
      const fx = new Fixtures(a);
      const used = new Set(matrixOperations.flatMap((op) => (op.jsonBody ? [op.jsonBody] : [])));
      expect(Object.keys(exampleBodies).sort()).toEqual([...used].sort());
      for (const [name, example] of Object.entries(exampleBodies)) {
        expect(schemaProblems({ $ref: `#/components/schemas/${name}` }, await example(fx)), name).toEqual([]);
      }
    });

    it.each(matrixOperations.map((op) => [`${op.method} ${op.path}`, op] as const))("%s", async (_label, op) => {
      if (op.permission === "public") {
        const open = await invoke(op, variantsOf(op)[0]!, new Fixtures(a), {});
        expect(open?.status).toBe(200);
        return;
      }
      const cases: (() => Promise<void>)[] = [];
      const variants = variantsOf(op);
      // (c) No key: 401, whatever the records.
      cases.push(() =>
        invoke(op, variants[0]!, fixturesFor(a, a.members.viewer, { ...op, method: "GET" }, variants[0]!), {}).then(
          (result) => {
            expect(result?.status, "no key").toBe(401);
            expect(result?.json).toEqual({
              error: { code: "UNAUTHORIZED", message: expect.any(String), requestId: expect.any(String) },
            });
          },
        ),
      );
      for (const role of matrixRoles) {
        for (const variant of variants) {
          const member = a.members[role];
          if (!upfrontCheck && allowed(member, variant)) continue;
          const label = `${role} key, ${variant.name}`;
          const expectOutcome = (result: Awaited<ReturnType<typeof invoke>>, how: string) => {
            const { status, json, text } = result!;
            if (allowed(member, variant)) {
              expect(allowedStatus(status), `${label}${how}: allowed, answered ${status} ${text.slice(0, 300)}`).toBe(
                true,
              );
              expectNoLeak(text, b, `${label}${how}`);
            } else {
              expect({ status, json }, `${label}${how}: needs ${variant.needs.join(" + ")}`).toEqual({
                status: 403,
                json: { error: { code: "FORBIDDEN", message: expect.any(String), requestId: expect.any(String) } },
              });
            }
          };
          // (b) Own records: allowed exactly when the role has every permission the call needs.
          cases.push(() =>
            invoke(op, variant, fixturesFor(a, member, op, variant), { key: member.key }).then((r) =>
              expectOutcome(r, ""),
            ),
          );
          if (op.session && variant === variants[0]) {
            cases.push(() =>
              invoke(op, variant, fixturesFor(a, member, op, variant), { cookie: member.cookie }).then((r) =>
                expectOutcome(r, " (session)"),
              ),
            );
          }
          // (a) Another organization's records: 404 with nothing but the error when the role may make the call;
          // a role that may not gets the 403 apiRoute gives before looking anything up (or, for permissions only
          // the data layer can check, whichever of 403 and 404 it reaches first: both say nothing about the record).
          const theirs = fixturesFor(b, b.members[role], op, variant);
          cases.push(() =>
            invoke(op, variant, theirs, { key: member.key }, true).then((result) => {
              if (!result) return;
              const { status, json, text } = result;
              const how = `${label}, another organization's records`;
              if (allowed(member, variant)) {
                expect({ status, json }, how).toEqual({
                  status: 404,
                  json: { error: { code: "NOT_FOUND", message: expect.any(String), requestId: expect.any(String) } },
                });
              } else if (upfrontCheck && !passesUpfront(member, variant)) {
                expect(status, how).toBe(403);
              } else {
                expect([403, 404], `${how}: answered ${status}`).toContain(status);
              }
              expectNoLeak(text, b, how);
            }),
          );
        }
      }
      await inBatches(cases);
    });
  });
}

// The OpenAPI document: valid-looking 3.1, every route file's methods described, served without a key.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ApiDocsPage from "@/app/(app)/api-docs/page";
import { GET } from "@/app/api/v1/openapi.json/route";
import { can, type Permission } from "@/lib/auth/permissions";
import { describeDocument } from "@/lib/openapi/describe";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { importTargets } from "@/lib/imports/map/targets";
import { columnMappingSchema } from "@/lib/imports/schemas";

const apiRoot = path.resolve(import.meta.dirname, "../../../app/api/v1");
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every `METHOD /path` exported by a route file under app/api/v1, `[id]` written as `{id}`. */
function routeOperations(): string[] {
  const found: string[] = [];
  for (const file of readdirSync(apiRoot, { recursive: true, encoding: "utf8" })) {
    if (path.basename(file) !== "route.ts") continue;
    const source = readFileSync(path.join(apiRoot, file), "utf8");
    const route = `/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
    for (const method of methods) {
      const exported = new RegExp(`export\\s+(const|async function|function)\\s+${method}\\b`);
      if (exported.test(source)) found.push(`${method} ${route === "/." ? "/" : route}`);
    }
  }
  return found.sort();
}

function documentOperations(doc: ReturnType<typeof buildOpenApiDocument>): string[] {
  return Object.entries(doc.paths)
    .flatMap(([route, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${route}`))
    .sort();
}

/** Every `$ref` string anywhere in `value`. */
function collectRefs(value: unknown, refs: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, refs));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") refs.push(item);
      else collectRefs(item, refs);
    }
  }
  return refs;
}

function resolvePointer(doc: unknown, pointer: string): unknown {
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      doc,
    );
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("describes every method of every route file under app/api/v1, and nothing else", () => {
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThan(20);
    expect(documentOperations(doc)).toEqual(routes);
  });

  it("is OpenAPI 3.1 with info, servers and bearer authentication", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(doc.servers).toEqual([{ url: "/api/v1" }]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
  });

  it("gives every operation responses, a tag and a unique operationId", () => {
    const ids: string[] = [];
    const tags = new Set(doc.tags.map((tag) => tag.name));
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item)) {
        expect(Object.keys(op.responses as object).length).toBeGreaterThan(0);
        expect((op.tags as string[]).every((tag) => tags.has(tag))).toBe(true);
        ids.push(op.operationId as string);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolves every $ref", () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(50);
    for (const pointer of new Set(refs)) {
      expect(pointer.startsWith("#/"), pointer).toBe(true);
      expect(resolvePointer(doc, pointer), pointer).toBeDefined();
    }
  });

  it("declares every path parameter its template names", () => {
    for (const [route, item] of Object.entries(doc.paths)) {
      const names = [...route.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
      for (const op of Object.values(item)) {
        const declared = ((op.parameters ?? []) as { name: string; in: string }[]).filter((p) => p.in === "path");
        expect(declared.map((p) => p.name)).toEqual(names);
      }
    }
  });

  it("builds request bodies from the zod schemas the routes parse with", () => {
    const customer = doc.components.schemas.CustomerInput as { properties: Record<string, Record<string, unknown>> };
    expect(customer.properties.name?.anyOf).toContainEqual({ type: "string", maxLength: 200 });
    expect(customer.properties.kind).toMatchObject({ enum: ["company", "person"] });
    const asset = doc.components.schemas.AssetInput as { oneOf: { properties: { kind: { const: string } } }[] };
    expect(asset.oneOf.map((variant) => variant.properties.kind.const)).toEqual(["aircraft", "vehicle"]);
    const link = doc.components.schemas.AssetLinkInput as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(link.properties)).toContain("primary");
    expect(Object.keys(link.properties)).not.toContain("assetId");
    expect(link.required).toEqual(["customerId"]);
    const create = doc.paths["/customers"]?.post;
    expect(create?.requestBody).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/CustomerInput" } } },
    });
  });

  it("lists every column mapping target as an enum an integrator can send", () => {
    const mapping = doc.components.schemas.ColumnMapping as { properties: { target: Record<string, unknown> } };
    const target = mapping.properties.target;
    expect(target.enum).toEqual(["ignore", ...importTargets.map((t) => t.key)]);
    expect(target.enum).toEqual(expect.arrayContaining(["accountNumber", "creditLimit", "contact.email", "tags"]));
    expect(target.description).toMatch(/`ignore`/);
    expect(columnMappingSchema.safeParse({ column: 0, header: "X", target: "bogus" }).error?.issues[0]?.message).toBe(
      "Choose a field or Ignore",
    );
  });

  it("lets only the document itself be read without an API key", () => {
    const open = Object.entries(doc.paths).flatMap(([route, item]) =>
      Object.values(item)
        .filter((op) => Array.isArray(op.security) && op.security.length === 0)
        .map(() => route),
    );
    expect(open).toEqual(["/openapi.json"]);
  });

  it("names the permission of every operation (x-permission) from the permission table", () => {
    // The owner holds every permission in the table, and nothing else.
    const known = (name: string) => can("owner", name as Permission);
    for (const [route, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const permission = op["x-permission"] as string;
        expect(
          ["public", "member"].includes(permission) || known(permission),
          `${method} ${route}: ${permission}`,
        ).toBe(true);
        for (const rule of (op["x-permission-stricter"] ?? []) as { permission: string }[]) {
          expect(known(rule.permission), `${method} ${route}: ${rule.permission}`).toBe(true);
        }
      }
    }
  });

  it("binds every route export to the documented operation of its method and path", async () => {
    for (const [route, item] of Object.entries(doc.paths)) {
      const file = path.join(apiRoot, route.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      const exports = (await import(file)) as Record<string, { operationId?: string }>;
      for (const [method, op] of Object.entries(item)) {
        if (op["x-permission"] === "public") continue;
        expect(exports[method.toUpperCase()]?.operationId, `${method} ${route}`).toBe(op.operationId);
      }
    }
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("answers 200 with the JSON document, no API key needed, cacheable", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toContain("public");
    const body = await response.json();
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toContain("/customers/{id}");
  });
});

describe("API docs view", () => {
  const tags = describeDocument(buildOpenApiDocument());

  it("lists every operation under its tag with fields, responses and a curl example", () => {
    const customers = tags.find((tag) => tag.name === "Customers");
    const create = customers?.operations.find((op) => op.id === "createCustomer");
    expect(create).toMatchObject({ method: "POST", path: "/customers" });
    const name = create?.body?.groups[0]?.fields.find((field) => field.name === "name");
    expect(name).toMatchObject({ type: "string | null", notes: "max length 200" });
    expect(create?.responses.map((r) => r.status)).toEqual(["201", "400", "401", "403", "409", "413", "415", "422"]);
    expect(create?.curl).toContain("Authorization: Bearer");
    expect(create?.access).toBe("customer:create (staff and up)");
    const archive = customers?.operations.find((op) => op.id === "archiveOrDeleteCustomer");
    expect(archive?.access).toBe("customer:archive (manager and up); ?permanent=true: customer:delete (admin and up)");
    const list = customers?.operations.find((op) => op.id === "listCustomers");
    expect(list?.responses[0]).toMatchObject({ status: "200", schema: "CustomerSummary[]" });
  });

  it("shows one field group per asset kind", () => {
    const create = tags.flatMap((tag) => tag.operations).find((op) => op.id === "createAsset");
    expect(create?.body?.groups.map((group) => group.title)).toEqual(['kind = "aircraft"', 'kind = "vehicle"']);
  });
});

describe("API docs page", () => {
  it("renders every operation on the server (no JavaScript needed) and links to the JSON", () => {
    const html = renderToStaticMarkup(createElement(ApiDocsPage));
    const operationCount = Object.values(buildOpenApiDocument().paths).flatMap((item) => Object.keys(item)).length;
    expect(html.match(/<details/g)).toHaveLength(operationCount);
    expect(html).toContain('href="/api/v1/openapi.json"');
    expect(html).toContain("curl -X POST");
  });
});

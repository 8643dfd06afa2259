// `?fields` and `?exclude=pii` on the customer and contact reads: exactly the asked-for fields plus `id`,
// no field the classification (lib/privacy/fields.ts) calls personal, and a 422 naming an unknown field.
import { describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/customers/route";
import * as item from "@/app/api/v1/customers/[id]/route";
import * as search from "@/app/api/v1/customers/search/route";
import * as contacts from "@/app/api/v1/customers/[id]/contacts/route";
import * as contact from "@/app/api/v1/customers/[id]/contacts/[contactId]/route";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import type { JsonSchema } from "@/lib/openapi/json-schema";
import { contactPersonalFields, customerPersonalFields } from "@/lib/privacy/fields";
import { ctxFor, makeContact, makeCustomer, uniq } from "../../factories";
import { call, makeOrgWithApiKey } from "../../support/api";
import { responseProblems } from "../../support/openapi-check";

const { orgId, key } = await makeOrgWithApiKey();
const ctx = ctxFor(orgId, null, "admin");
const customer = await makeCustomer(ctx, {
  name: uniq("Field Co "),
  accountNumber: uniq("FS-"),
  email: `${uniq("f")}@example.com`,
  phone: "+1 415 555 0142",
  notes: "Prefers mornings",
  internalNotes: "Slow payer",
  city: "Springfield",
});
const person = await makeContact(ctx, customer.id, { firstName: "Ada", lastName: "Lovelace" });

const customerPath = `/api/v1/customers/${customer.id}`;
const contactsPath = `${customerPath}/contacts`;
const keysOf = (record: object) => Object.keys(record).sort();

const list = (query: string) => call(collection.GET, "GET", `/api/v1/customers?${query}`, { key });
const read = (query: string) => call(item.GET, "GET", `${customerPath}?${query}`, { key, params: { id: customer.id } });
const find = (query: string) =>
  call(search.POST, "POST", `/api/v1/customers/search?${query}`, { key, body: { perPage: 25 } });
const listContacts = (query: string) =>
  call(contacts.GET, "GET", `${contactsPath}?${query}`, { key, params: { id: customer.id } });
const readContact = (query: string) =>
  call(contact.GET, "GET", `${contactsPath}/${person.id}?${query}`, {
    key,
    params: { id: customer.id, contactId: person.id },
  });

describe("?fields", () => {
  it("answers exactly the asked-for fields and id, in lists, searches and single reads", async () => {
    for (const res of [await list("fields=name,email"), await find("fields=name&fields=email")]) {
      expect(res.status).toBe(200);
      expect(res.json.data).toHaveLength(1);
      expect(keysOf(res.json.data[0])).toEqual(["email", "id", "name"]);
      expect(res.json.meta.total).toBe(1);
    }
    const one = await read("fields=name,taxId,status");
    expect(one.json.data).toEqual({ id: customer.id, name: customer.name, taxId: null, status: "active" });
    expect(one.headers.get("etag")).toBe(`"${customer.version}"`);
    expect(keysOf((await listContacts("fields=email")).json.data[0])).toEqual(["email", "id"]);
    expect((await readContact("fields=firstName,primary")).json.data).toEqual({
      id: person.id,
      firstName: "Ada",
      primary: true,
    });
  });

  it("answers every field when empty, and the staff-only notes only with include", async () => {
    expect(keysOf((await read("fields=")).json.data)).toContain("addressLine1");
    expect(keysOf((await read("fields=name,internalNotes")).json.data)).toEqual(["id", "name"]);
    const included = await read("fields=internalNotes&include=internalNotes");
    expect(included.json.data).toEqual({ id: customer.id, internalNotes: "Slow payer" });
  });

  it("refuses an unknown field with a 422 naming it, everywhere", async () => {
    for (const res of [
      await list("fields=name,shoeSize"),
      await find("fields=shoeSize"),
      await read("fields=shoeSize"),
      await listContacts("fields=shoeSize"),
      await readContact("fields=shoeSize"),
    ]) {
      expect(res.status).toBe(422);
      expect(res.json.error.code).toBe("VALIDATION");
      expect(res.json.error.message).toContain('"shoeSize"');
      expect(res.json.error.details.fields[0]).toContain("shoeSize");
    }
    // A field of the record that the list does not carry is unknown there.
    expect((await list("fields=taxId")).status).toBe(422);
    expect((await read("exclude=names")).json.error.details.exclude[0]).toContain('"names"');
  });
});

describe("?exclude=pii", () => {
  const noPersonal = (record: object, personal: readonly string[]) =>
    expect(Object.keys(record).filter((field) => personal.includes(field))).toEqual([]);

  it("leaves out every personal field of customers and contacts", async () => {
    for (const res of [await list("exclude=pii&cols=primaryContact"), await find("exclude=pii")]) {
      expect(res.status).toBe(200);
      noPersonal(res.json.data[0], customerPersonalFields);
      expect(res.json.data[0]).toMatchObject({
        id: customer.id,
        accountNumber: customer.accountNumber,
        status: "active",
      });
    }
    const one = (await read("exclude=pii&include=internalNotes")).json.data;
    noPersonal(one, customerPersonalFields);
    expect(one).toMatchObject({ id: customer.id, accountNumber: customer.accountNumber, country: "US" });
    noPersonal((await listContacts("exclude=pii")).json.data[0], contactPersonalFields);
    const person = (await readContact("exclude=pii")).json.data;
    noPersonal(person, contactPersonalFields);
    expect(person).toMatchObject({ primary: true, customerId: customer.id });
  });

  it("wins over fields that name a personal field", async () => {
    expect((await read("fields=email,status&exclude=pii")).json.data).toEqual({ id: customer.id, status: "active" });
  });
});

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument();
  const params = (path: string, method: string) =>
    (doc.paths[path]![method]!.parameters as { name: string; description?: string; schema: JsonSchema }[]) ?? [];

  it("documents fields and exclude on every customer and contact read, with the fields of its records", () => {
    const reads = [
      ["/customers", "get", "CustomerSummary"],
      ["/customers/search", "post", "CustomerSummary"],
      ["/customers/{id}", "get", "Customer"],
      ["/customers/{id}/contacts", "get", "Contact"],
      ["/customers/{id}/contacts/{contactId}", "get", "Contact"],
    ] as const;
    for (const [path, method, schema] of reads) {
      const fields = params(path, method).find((p) => p.name === "fields")!.schema.items as JsonSchema;
      const partial = doc.components.schemas[`${schema}Partial`]!;
      expect([...(fields.enum as string[])].sort(), `${method} ${path}`).toEqual(
        Object.keys(partial.properties as object).sort(),
      );
      expect(partial.required).toEqual(["id"]);
      expect(params(path, method).find((p) => p.name === "exclude")!.description).toContain("`email`");
    }
  });

  it("lets only a request with fields or exclude answer a partial record", () => {
    const sparse = { data: { id: customer.id, name: customer.name } };
    expect(responseProblems("GET", customerPath, 200, sparse).join()).toContain("required but missing");
    expect(responseProblems("GET", `${customerPath}?fields=name`, 200, sparse)).toEqual([]);
    const stray = { data: { id: customer.id, shoeSize: 9 } };
    expect(responseProblems("GET", `${customerPath}?fields=name`, 200, stray).join()).toContain("shoeSize");
  });
});

// POST /api/v1/customers?checkDuplicates=true: a likely duplicate is a 409 listing the candidates (and
// nothing is created); without the flag, or with no candidate, creating works as before.
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/customers/route";
import { db } from "@/lib/db";
import { call, makeApiKey } from "../../support/api";
import { makeCustomer, makeOrgWithRoles, uniq } from "../../factories";

const { org, staff } = await makeOrgWithRoles();
let key: string;

beforeAll(async () => {
  key = await makeApiKey(org.id, "staff");
});

const post = (body: Record<string, unknown>, query = "?checkDuplicates=true") =>
  call(collection.POST, "POST", `/api/v1/customers${query}`, { key, body });

describe("REST create with checkDuplicates", () => {
  it("answers 409 with the scored candidates and creates nothing", async () => {
    const domain = `${uniq("dup-")}.test`;
    const existing = await makeCustomer(staff, { name: uniq("Existing "), website: `https://${domain}` });
    const name = uniq("New ");
    const response = await post({ name, website: `www.${domain}/contact` });
    expect(response.status).toBe(409);
    expect(response.json.error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("duplicate") });
    expect(response.json.error.candidates).toEqual([
      {
        id: existing.id,
        name: existing.name,
        accountNumber: null,
        email: null,
        city: null,
        archived: false,
        score: 50,
        reasons: [{ kind: "websiteDomain", value: domain }],
      },
    ]);
    expect(await db.customer.count({ where: { organizationId: org.id, name } })).toBe(0);

    // The same body without the flag (or with it false) creates the customer.
    expect((await post({ name, website: `www.${domain}/contact` }, "?checkDuplicates=false")).status).toBe(201);
  });

  it("creates the customer when nothing looks like it", async () => {
    const response = await post({ name: uniq("Unique Zyx ") });
    expect(response.status).toBe(201);
    expect(response.json.data.id).toEqual(expect.any(String));
  });
});

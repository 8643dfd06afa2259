// The website field through the REST API: stored as a normalized http(s) address (a protocol-relative
// "//host" becomes https://host, never "https:////host"), anything else refused with the reason.
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/customers/route";
import * as item from "@/app/api/v1/customers/[id]/route";
import { db } from "@/lib/db";
import { call, makeApiKey } from "../../support/api";
import { makeOrg, uniq } from "../../factories";

let key: string;

beforeAll(async () => {
  key = await makeApiKey((await makeOrg()).id, "manager");
});

const create = (website: string) =>
  call(collection.POST, "POST", "/api/v1/customers", { key, body: { name: uniq("Web "), website } });

describe("REST customer website", () => {
  it("stores a protocol-relative address as https and refuses what is not an http(s) address", async () => {
    const created = await create("//evil.example/path");
    expect(created.status).toBe(201);
    expect(created.json.data.website).toBe("https://evil.example/path");
    expect((await db.customer.findUniqueOrThrow({ where: { id: created.json.data.id } })).website).toBe(
      "https://evil.example/path",
    );

    const refused: [string, string][] = [
      ["javascript:alert(1)", "Website must be an http:// or https:// address, not javascript:"],
      ["https:////evil.example", "Enter a valid website address such as https://example.com"],
      ["https://admin:hunter2@example.com", "Website can't include a user name or password"],
      ["intranet", "Website needs a full domain name such as example.com"],
    ];
    for (const [website, message] of refused) {
      const res = await create(website);
      expect(res.status, website).toBe(422);
      expect(res.json.error.details, website).toEqual({ website: [message] });
    }

    const id = created.json.data.id as string;
    const patched = await call(item.PATCH, "PATCH", `/api/v1/customers/${id}`, {
      key,
      params: { id },
      body: { website: "data:text/html,<script>alert(1)</script>", version: created.json.data.version },
    });
    expect(patched.status).toBe(422);
    expect(patched.json.error.details).toEqual({
      website: ["Website must be an http:// or https:// address, not data:"],
    });
  });
});

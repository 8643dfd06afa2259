// Every REST request has its own id: in the `X-Request-Id` header, in every error body, and on the one
// log line the request writes (method, path, status, time) — which holds no key, query or body.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/customers/route";
import { createLogger, setLogger } from "@/lib/log";
import { call, makeOrgWithApiKey } from "../../support/api";

const lines: string[] = [];
let previous: ReturnType<typeof setLogger>;
beforeAll(() => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  previous = setLogger(createLogger(stream, "info"));
});
afterAll(() => {
  if (previous) setLogger(previous);
});

const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe("REST request ids and log lines", () => {
  it("answers and logs each request with its own id, and logs nothing personal", async () => {
    const { key } = await makeOrgWithApiKey();
    const email = "ana.request-log@example.com";
    const created = await call(collection.POST, "POST", "/api/v1/customers", {
      key,
      body: { kind: "person", firstName: "Ana", lastName: "Requestlog", email, phone: "+1 865 555 0142" },
    });
    expect(created.status).toBe(201);
    const createdId = created.headers.get("x-request-id");
    expect(createdId).toMatch(/^[0-9a-f-]{36}$/);

    const invalid = await call(collection.POST, "POST", `/api/v1/customers?note=${encodeURIComponent(email)}`, {
      key,
      body: { kind: "person", email: "not-an-email" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.requestId).toBe(invalid.headers.get("x-request-id"));
    expect(invalid.json.error.requestId).not.toBe(createdId);

    const denied = await call(collection.GET, "GET", "/api/v1/customers", { key: "chub_not_a_real_key" });
    expect(denied.status).toBe(401);
    expect(denied.json.error.requestId).toBe(denied.headers.get("x-request-id"));

    const requests = logged().filter((line) => line.msg === "api.request");
    expect(requests.map((line) => [line.requestId, line.method, line.path, line.status])).toEqual([
      [createdId, "POST", "/api/v1/customers", 201],
      [invalid.json.error.requestId, "POST", "/api/v1/customers", 422],
      [denied.json.error.requestId, "GET", "/api/v1/customers", 401],
    ]);
    const output = lines.join("\n");
    for (const secret of [email, "Requestlog", "555 0142", key, "chub_not_a_real_key"]) {
      expect(output).not.toContain(secret);
    }
  });
});

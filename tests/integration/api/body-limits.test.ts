// JSON bodies: refused over API_MAX_BODY_KB while streaming (never read whole), only after the key and
// its role are checked, with 415 for other content types and 400 for bodies nesting too deeply.
import { beforeAll, describe, expect, it } from "vitest";
import * as customers from "@/app/api/v1/customers/route";
import * as uploads from "@/app/api/v1/imports/customers/uploads/route";
import { apiMaxBodyBytes, MAX_JSON_DEPTH, parseMaxBodyKb } from "@/lib/api/body";
import { db } from "@/lib/db";
import { makeOrg } from "@/tests/factories";
import { makeApiKey } from "@/tests/support/api";

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/** A body of `total` bytes of a JSON string, produced on demand; `pulled` counts what was read. */
function streamedBody(total: number) {
  const counter = { pulled: 0 };
  const chunk = new Uint8Array(CHUNK).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled === 0) {
        controller.enqueue(new TextEncoder().encode('{"name":"'));
        counter.pulled += 9;
      } else if (counter.pulled >= total) controller.close();
      else {
        controller.enqueue(chunk);
        counter.pulled += CHUNK;
      }
    },
  });
  return { stream, counter };
}

function post(key: string | null, body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request("http://localhost/api/v1/customers", {
    method: "POST",
    headers: { "content-type": "application/json", ...(key && { authorization: `Bearer ${key}` }), ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  return customers.POST(request, { params: Promise.resolve({}) });
}

let orgId: string;
let staffKey: string;
let viewerKey: string;
let managerKey: string;

beforeAll(async () => {
  orgId = (await makeOrg()).id;
  [staffKey, viewerKey, managerKey] = await Promise.all([
    makeApiKey(orgId, "staff"),
    makeApiKey(orgId, "viewer"),
    makeApiKey(orgId, "manager"),
  ]);
});

describe("JSON body limit (API_MAX_BODY_KB)", () => {
  it("defaults to 1 MB and refuses malformed settings", () => {
    expect(apiMaxBodyBytes()).toBe(MB);
    expect(parseMaxBodyKb(undefined)).toBe(1024);
    expect(parseMaxBodyKb(" 64 ")).toBe(64);
    for (const bad of ["0", "-5", "1.5", "1MB", "abc", "99999999"])
      expect(() => parseMaxBodyKb(bad), bad).toThrow(/API_MAX_BODY_KB/);
  });

  it("refuses a 100 MB body with 413 after reading little more than the limit", async () => {
    const { stream, counter } = streamedBody(100 * MB);
    const response = await post(staffKey, stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        message: "The request body is larger than 1024 KB.",
        requestId: expect.any(String),
      },
    });
    expect(counter.pulled).toBeLessThanOrEqual(MB + 2 * CHUNK);
    expect(await db.customer.count({ where: { organizationId: orgId } })).toBe(0);
  });

  it("refuses up front when Content-Length announces more than the limit", async () => {
    const { stream, counter } = streamedBody(2 * MB);
    const response = await post(staffKey, stream, { "content-length": String(2 * MB) });
    expect(response.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(CHUNK);
  });

  it("accepts a body just under the limit", async () => {
    const body = JSON.stringify({ kind: "company", name: "Under the limit", notes: "n".repeat(MB - 200) });
    const response = await post(staffKey, body);
    expect(response.status).not.toBe(413);
  });

  it("checks the key and its role before reading the body", async () => {
    const unknown = streamedBody(100 * MB);
    expect((await post(null, unknown.stream)).status).toBe(401);
    const viewer = streamedBody(100 * MB);
    const forbidden = await post(viewerKey, viewer.stream);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect(viewer.counter.pulled).toBeLessThanOrEqual(CHUNK);
    expect((await post(viewerKey, "{not json")).status).toBe(403);
  });
});

describe("JSON body format", () => {
  it("answers 415 for a body sent as another content type", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await post(staffKey, '{"kind":"company","name":"Form"}', { "content-type": type });
      expect(response.status, type).toBe(415);
      expect(await response.json()).toMatchObject({
        error: { code: "UNSUPPORTED_MEDIA_TYPE", message: expect.stringContaining("application/json") },
      });
    }
    const charset = await post(staffKey, '{"kind":"company","name":"Charset"}', {
      "content-type": "application/json; charset=utf-8",
    });
    expect(charset.status).toBe(201);
  });

  it("answers 400 for invalid JSON, a non-object, invalid UTF-8 and deep nesting", async () => {
    for (const body of ["{nope", "[1]", "null", '"text"', ""]) {
      const response = await post(staffKey, body);
      expect(response.status, body).toBe(400);
    }
    const invalidUtf8 = await post(staffKey, new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    expect(invalidUtf8.status).toBe(400);
    const deep = await post(staffKey, `{"name":${"[".repeat(10_000)}${"]".repeat(10_000)}}`);
    expect(deep.status).toBe(400);
    expect(await deep.json()).toEqual({
      error: {
        code: "BAD_REQUEST",
        message: `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`,
        requestId: expect.any(String),
      },
    });
    const brackets = await post(staffKey, JSON.stringify({ kind: "company", name: `${"[{".repeat(75)} Brackets` }));
    expect(brackets.status).toBe(201);
  });
});

describe("import uploads", () => {
  it("keep their own limit (IMPORT_MAX_FILE_MB), not the JSON one", async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `ACC-${i},Company number ${i} with a long enough name`).join(
      "\r\n",
    );
    const file = `Account Number,Company\r\n${rows}\r\n`;
    expect(file.length).toBeGreaterThan(MB);
    const request = new Request("http://localhost/api/v1/imports/customers/uploads?filename=big.csv", {
      method: "POST",
      headers: { authorization: `Bearer ${managerKey}`, "content-type": "text/csv" },
      body: file,
    });
    const response = await uploads.POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(201);
  });
});

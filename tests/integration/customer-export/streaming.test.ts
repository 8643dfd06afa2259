// The export streams: batches of bounded size fetched only as the reader consumes the file, and the
// REST route answers with a download (headers, BOM) or a JSON error.
import { beforeAll, describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/customers/export/route";
import type { Ctx } from "@/lib/auth/context";
import { customerRowsForInsert } from "@/lib/customers/rows";
import { exportCustomers } from "@/lib/customers/export/stream";
import { parseExportRequest } from "@/lib/customers/export/schemas";
import { db } from "@/lib/db";
import { makeOrgWithRoles, uniq } from "@/tests/factories";
import { call, makeApiKey } from "../../support/api";

const ROWS = 2_500;
let staff: Ctx;

beforeAll(async () => {
  ({ staff } = await makeOrgWithRoles());
  const prefix = uniq("Bulk ");
  const inputs = Array.from({ length: ROWS }, (_, i) => ({ name: `${prefix} ${String(i).padStart(5, "0")}` }));
  await db.customer.createMany({ data: customerRowsForInsert(staff.orgId, inputs, staff.userId) });
});

describe("streaming export", () => {
  for (const format of ["csv", "xlsx"] as const) {
    it(`${format}: fetches ${ROWS} rows in batches of at most 100, and only as the file is read`, async () => {
      const batches: number[] = [];
      const file = await exportCustomers(staff, parseExportRequest(new URLSearchParams({ format, columns: "name" })), {
        batchSize: 100,
        onBatch: (rows) => batches.push(rows),
      });
      const reader = file.body.getReader();
      const first = await reader.read();
      expect(first.done).toBe(false);
      // CSV is pulled: a reader that stops early never fetches the rest. (XLSX waits for the download to
      // drain, but deflate holds small sheets back, so at this size its first bytes come late.)
      if (format === "csv") expect(batches.length).toBeLessThan(3);
      let bytes = first.value!.length;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length;
      expect(bytes).toBeGreaterThan(ROWS * 10);
      expect(batches.reduce((sum, n) => sum + n, 0)).toBe(ROWS);
      expect(batches.length).toBe(ROWS / 100);
      expect(Math.max(...batches)).toBeLessThanOrEqual(100);
    });
  }

  it("stops fetching when the reader cancels", async () => {
    const batches: number[] = [];
    const file = await exportCustomers(staff, parseExportRequest(new URLSearchParams({ format: "csv" })), {
      batchSize: 100,
      onBatch: (rows) => batches.push(rows),
    });
    const reader = file.body.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(batches.length).toBeLessThanOrEqual(2);
  });
});

describe("GET /api/v1/customers/export", () => {
  it("downloads a dated CSV with a BOM", async () => {
    const key = await makeApiKey(staff.orgId, "staff");
    const request = new Request("http://localhost/api/v1/customers/export?format=csv&columns=name&perPage=25", {
      headers: { authorization: `Bearer ${key}` },
    });
    const response = await exportRoute.GET(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="customers-\d{4}-\d\d-\d\d\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split("\r\n");
    // perPage is a list param for pages, not a limit: the export holds every matching row.
    expect(lines).toHaveLength(ROWS + 1);
  });

  it("answers 401 without a key or session, 403 for a viewer key, 422 for a bad format or column", async () => {
    const get = (query: string, key?: string) =>
      call(exportRoute.GET, "GET", `/api/v1/customers/export${query}`, { key });
    expect((await get("")).json.error.code).toBe("UNAUTHORIZED");
    expect((await get("", await makeApiKey(staff.orgId, "viewer"))).status).toBe(403);
    const staffKey = await makeApiKey(staff.orgId, "staff");
    const bad = await get("?format=pdf&columns=name,nope", staffKey);
    expect(bad.status).toBe(422);
    expect(bad.json.error.details).toMatchObject({
      format: ["Choose csv or xlsx"],
      columns: ["Unknown columns: nope"],
    });
  });
});

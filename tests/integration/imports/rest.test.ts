// The import REST API with real API keys: one-call import (202), status, issues, errors.csv, undo,
// upload limits (413), permissions (staff refused) and tenancy (another organization's import is 404).
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importPost } from "@/app/api/v1/imports/customers/route";
import { POST as uploadPost } from "@/app/api/v1/imports/customers/uploads/route";
import { GET as listGet } from "@/app/api/v1/imports/route";
import { GET as importGet } from "@/app/api/v1/imports/[id]/route";
import { POST as cancelPost } from "@/app/api/v1/imports/[id]/cancel/route";
import { POST as undoPost } from "@/app/api/v1/imports/[id]/undo/route";
import { GET as issuesGet } from "@/app/api/v1/imports/[id]/issues/route";
import { GET as errorsGet } from "@/app/api/v1/imports/[id]/errors.csv/route";
import type { Ctx } from "@/lib/auth/context";
import { runPendingJobs } from "@/lib/jobs";
import { getImport } from "@/lib/imports/queries";
import { call, makeApiKey } from "@/tests/support/api";
import { makeOrg, makeOrgWithRoles } from "@/tests/factories";
import { csv, upload } from "./helpers";

let managerKey: string;
let staffKey: string;
let otherKey: string;
let staff: Ctx;
let manager: Ctx;

beforeAll(async () => {
  const org = await makeOrgWithRoles();
  ({ manager, staff } = org);
  managerKey = await makeApiKey(org.org.id, "manager");
  staffKey = await makeApiKey(org.org.id, "staff");
  otherKey = await makeApiKey((await makeOrg()).id, "admin");
});

const file = csv([
  ["Account Number", "Company", "Email"],
  ["API-1", "Api One", "one@api.example"],
  ["API-2", "", "=cmd|' /C calc'!A0"],
]);
const headers = { "content-type": "text/csv" };

describe("imports REST API", () => {
  it("imports a file in one call, then reports progress, issues, the error CSV, and undoes it", async () => {
    const posted = await call(
      importPost,
      "POST",
      "/api/v1/imports/customers?filename=erp.csv&mode=upsert&matchOn=accountNumber",
      { key: managerKey, rawBody: file, headers },
    );
    expect(posted.status).toBe(202);
    expect(posted.json.data).toMatchObject({
      status: "queued",
      filename: "erp.csv",
      mode: "upsert",
      matchOn: "accountNumber",
    });
    const id = posted.json.data.id as string;
    expect(posted.headers.get("location")).toBe(`/api/v1/imports/${id}`);
    await runPendingJobs({ limit: 5 });

    const got = await call(importGet, "GET", `/api/v1/imports/${id}`, { key: managerKey, params: { id } });
    expect(got.json.data).toMatchObject({ status: "completed", total: 2, created: 1, failed: 1 });
    const list = await call(listGet, "GET", "/api/v1/imports", { key: managerKey });
    expect(list.json.data.map((i: { id: string }) => i.id)).toContain(id);
    const issues = await call(issuesGet, "GET", `/api/v1/imports/${id}/issues?severity=error`, {
      key: managerKey,
      params: { id },
    });
    expect(issues.json).toMatchObject({ data: [{ rowNumber: 3, severity: "error" }], meta: { total: 1 } });

    const errors = await call(errorsGet, "GET", `/api/v1/imports/${id}/errors.csv`, {
      key: managerKey,
      params: { id },
    });
    expect(errors.status).toBe(200);
    expect(errors.headers.get("content-disposition")).toContain('filename="erp-errors.csv"');
    expect(errors.json).toContain(
      "API-2,,'=cmd|' /C calc'!A0,Email: Enter a valid email address; Company: Name is required",
    );

    expect(
      (await call(cancelPost, "POST", `/api/v1/imports/${id}/cancel`, { key: managerKey, params: { id } })).status,
    ).toBe(409);
    const undo = await call(undoPost, "POST", `/api/v1/imports/${id}/undo`, { key: managerKey, params: { id } });
    expect(undo.status).toBe(202);
    await runPendingJobs({ limit: 5 });
    expect(await getImport(manager, id)).toMatchObject({ status: "undone", undo: { removed: 1 } });
  });

  it("uploads a draft with headers, sample rows and a proposed mapping", async () => {
    const res = await call(uploadPost, "POST", "/api/v1/imports/customers/uploads?filename=clients.csv", {
      key: managerKey,
      rawBody: file,
      headers,
    });
    expect(res.status).toBe(201);
    expect(res.json.data).toMatchObject({
      filename: "clients.csv",
      format: "csv",
      delimiter: ",",
      headers: ["Account Number", "Company", "Email"],
      sampleRows: [{ rowNumber: 2, cells: ["API-1", "Api One", "one@api.example"] }, { rowNumber: 3 }],
      proposedMapping: [
        { column: 0, header: "Account Number", target: "accountNumber" },
        { column: 1, header: "Company", target: "company" },
        { column: 2, header: "Email", target: "email" },
      ],
    });
    expect(await getImport(manager, res.json.data.id)).toMatchObject({ status: "draft" });
  });

  it("refuses a file over the size limit with a 413 before reading it", async () => {
    process.env.IMPORT_MAX_FILE_MB = "1";
    try {
      const res = await call(uploadPost, "POST", "/api/v1/imports/customers/uploads?filename=big.csv", {
        key: managerKey,
        rawBody: "x".repeat(1024 * 1024 + 10),
        headers: { ...headers, "content-length": String(1024 * 1024 + 10) },
      });
      expect(res.status).toBe(413);
      expect(res.json.error).toMatchObject({
        code: "PAYLOAD_TOO_LARGE",
        message: expect.stringMatching(/larger than the 1 MB limit/),
      });
    } finally {
      delete process.env.IMPORT_MAX_FILE_MB;
    }
  });

  it("refuses staff (import is for managers and up) and hides other organizations' imports", async () => {
    const res = await call(importPost, "POST", "/api/v1/imports/customers?filename=a.csv", {
      key: staffKey,
      rawBody: file,
      headers,
    });
    expect(res.status).toBe(403);
    await expect(upload(staff, file)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const mine = await upload(manager, file);
    expect(
      (await call(importGet, "GET", `/api/v1/imports/${mine.id}`, { key: otherKey, params: { id: mine.id } })).status,
    ).toBe(404);
    expect(
      (await call(undoPost, "POST", `/api/v1/imports/${mine.id}/undo`, { key: otherKey, params: { id: mine.id } }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(errorsGet, "GET", `/api/v1/imports/${mine.id}/errors.csv`, {
          key: otherKey,
          params: { id: mine.id },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(importGet, "GET", "/api/v1/imports/nope", { key: managerKey, params: { id: "nope" } })).status,
    ).toBe(404);
  });
});

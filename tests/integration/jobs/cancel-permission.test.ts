// Cancelling a job takes the permission that starts its kind (imports: customer:import, bulk actions:
// customer:bulk), for sessions and API keys alike. A key is not its creator: a viewer or staff key
// made by whoever started a job cannot cancel it through POST /api/v1/jobs/{id}/cancel.
import { randomUUID } from "node:crypto";
import { SUBJECT_EXPORT_JOB } from "@/lib/privacy/export-schemas";
import { beforeAll, describe, expect, it } from "vitest";
import * as cancelRoute from "@/app/api/v1/jobs/[id]/cancel/route";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import type { ApiKeyRole } from "@/lib/api-keys/schemas";
import { CUSTOMER_BULK_JOB } from "@/lib/customers/bulk/schemas";
import { db } from "@/lib/db";
import { DUPLICATE_SCAN_JOB } from "@/lib/duplicate-pairs/schemas";
import { enqueueJob, getJob, requestJobCancel } from "@/lib/jobs";
import { jobDefinitions } from "@/lib/jobs/definitions";
import { IMPORT_JOB, UNDO_IMPORT_JOB } from "@/lib/imports/jobs";
import { PRIVACY_RETENTION_JOB } from "@/lib/privacy/retention-schemas";
import { ctxFor, makeOrgWithRoles, makeUser } from "@/tests/factories";
import { call } from "../../support/api";

let ctx: Record<Role, Ctx>;

beforeAll(async () => {
  ({ ctx } = await makeOrgWithRoles());
});

/** A key made by `creator` (so it carries the creator's user id). */
async function keyBy(creator: Ctx, role: ApiKeyRole) {
  const { key } = await createApiKeyWithSecret(db, {
    orgId: creator.orgId,
    name: `key-${role}`,
    role,
    createdById: creator.userId,
  });
  return key;
}

const cancelWithKey = (key: string, id: string) =>
  call(cancelRoute.POST, "POST", `/api/v1/jobs/${id}/cancel`, { key, params: { id } });
const importJob = (by: Ctx) => enqueueJob(by, { kind: IMPORT_JOB, params: { importId: randomUUID() } });
const bulkJob = (by: Ctx) =>
  enqueueJob(by, { kind: CUSTOMER_BULK_JOB, params: { action: "archive", params: {}, ids: [randomUUID()] }, total: 1 });

describe("cancelling a job", () => {
  it("an import: staff and viewer keys made by the manager who started it get 403; a manager's key cancels it", async () => {
    const job = await importJob(ctx.manager);
    for (const role of ["viewer", "staff"] as const) {
      const refused = await cancelWithKey(await keyBy(ctx.manager, role), job.id);
      expect(refused.status).toBe(403);
      expect(refused.json.error.code).toBe("FORBIDDEN");
    }
    await expect(requestJobCancel(ctx.staff, job.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getJob(ctx.manager, job.id)).toMatchObject({ status: "queued", cancelRequestedAt: null });
    const cancelled = await cancelWithKey(await keyBy(ctx.admin, "manager"), job.id);
    expect(cancelled).toMatchObject({ status: 200, json: { data: { status: "cancelled" } } });
  });

  it("an import's undo takes the import permission too", async () => {
    const job = await enqueueJob(ctx.admin, { kind: UNDO_IMPORT_JOB, params: { importId: randomUUID() } });
    expect((await cancelWithKey(await keyBy(ctx.admin, "staff"), job.id)).status).toBe(403);
    expect(await requestJobCancel(ctx.manager, job.id)).toMatchObject({ status: "cancelled" });
  });

  it("a bulk job: a viewer key made by its starter gets 403; any staff session or key may cancel it", async () => {
    const job = await bulkJob(ctx.staff);
    expect((await cancelWithKey(await keyBy(ctx.staff, "viewer"), job.id)).status).toBe(403);
    await expect(requestJobCancel(ctx.viewer, job.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const otherStaff = ctxFor(ctx.staff.orgId, (await makeUser(ctx.staff.orgId, "staff")).id, "staff");
    expect(await requestJobCancel(otherStaff, job.id)).toMatchObject({ status: "cancelled" });

    const another = await bulkJob(ctx.manager);
    expect((await cancelWithKey(await keyBy(ctx.admin, "staff"), another.id)).status).toBe(200);
  });

  it("starting takes the same permission", async () => {
    await expect(bulkJob(ctx.viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importJob(ctx.staff)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // @ts-expect-error -- only the kinds in lib/jobs/definitions.ts can be queued; a stray string fails at once too.
    await expect(enqueueJob(ctx.admin, { kind: "no_such_kind", params: {} })).rejects.toThrow(/Unknown job kind/);
  });

  it("every job kind the app runs declares its start permission", async () => {
    const appKinds = Object.entries(jobDefinitions);
    for (const [, definition] of appKinds) expect(await definition.handler()).toBeTypeOf("function");
    expect(Object.fromEntries(appKinds.map(([kind, definition]) => [kind, definition.permission]))).toEqual({
      [IMPORT_JOB]: "customer:import",
      [UNDO_IMPORT_JOB]: "customer:import",
      [CUSTOMER_BULK_JOB]: "customer:bulk",
      [DUPLICATE_SCAN_JOB]: "duplicate:review",
      [SUBJECT_EXPORT_JOB]: "privacy:export",
      [PRIVACY_RETENTION_JOB]: "organization:manage",
    });
  });
});

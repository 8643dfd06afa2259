// Revoking an API key stops its work: its queued jobs are cancelled in the same transaction, a running
// one stops at its next batch (that batch rolls back, later rows stay untouched), each with the reason.
// The runner checks the key at every batch too, so a key revoked by any path stops its jobs.
import { beforeEach, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/mutations";
import { db } from "@/lib/db";
import { getJob, runPendingJobs } from "@/lib/jobs";
import { makeCustomerRows, makeOrgWithRoles, uniq } from "@/tests/factories";
import { customersById } from "../customer-bulk/helpers";
import { enqueueGatedBulk, runWithPause } from "../jobs/gate";

const REVOKED = "The API key that started this job was revoked.";
let ctx: Record<Role, Ctx>;

beforeEach(async () => {
  ({ ctx } = await makeOrgWithRoles());
});

async function keyCtx(role: "staff" | "manager" = "staff") {
  const { id, key } = await createApiKey(ctx.admin, { name: uniq("Sync "), role });
  const auth = await authenticateApiKey(key);
  if (!auth) throw new Error("expected the key to authenticate");
  return { id, auth };
}

async function tagged(n: number) {
  const tag = uniq("revoke-");
  return { tag, ids: await makeCustomerRows(ctx.staff, n, { tags: [tag] }) };
}

const addTag = { action: "addTags" as const, params: { tags: ["by-key"] } };
const taggedCount = async (ids: string[]) =>
  (await customersById(ids)).filter((row) => row.tags.includes("by-key")).length;

describe("revoking an API key", () => {
  it("cancels its queued jobs at once, and only its own", async () => {
    const key = await keyCtx();
    const other = await keyCtx();
    const { tag, ids } = await tagged(6);
    const queued = await enqueueGatedBulk(key.auth, addTag, tag, 6);
    const untouched = await enqueueGatedBulk(
      other.auth,
      { action: "addTags", params: { tags: ["other"] } },
      uniq("none-"),
      0,
    );
    await revokeApiKey(ctx.admin, key.id);
    expect(await getJob(ctx.admin, queued.id)).toMatchObject({
      status: "cancelled",
      error: REVOKED,
      finishedAt: expect.any(Date),
    });
    expect(await getJob(ctx.admin, untouched.id)).toMatchObject({ status: "queued", error: null });
    await runPendingJobs({ limit: 5 });
    expect(await taggedCount(ids)).toBe(0);
  });

  it("stops its running job at the next batch; the rows after it stay untouched", async () => {
    const key = await keyCtx();
    const { tag, ids } = await tagged(12);
    const job = await enqueueGatedBulk(key.auth, addTag, tag, 12);
    await runWithPause(async () => {
      await revokeApiKey(ctx.admin, key.id);
      expect(await getJob(ctx.admin, job.id)).toMatchObject({ status: "running", cancelRequestedAt: expect.any(Date) });
    });
    expect(await getJob(ctx.admin, job.id)).toMatchObject({
      status: "cancelled",
      processed: 5,
      updated: 5,
      error: REVOKED,
    });
    expect(await taggedCount(ids)).toBe(5);
  });

  it("a key revoked behind the mutation's back still stops at the next batch (the runner checks the key)", async () => {
    const key = await keyCtx("manager");
    const { tag, ids } = await tagged(12);
    const job = await enqueueGatedBulk(key.auth, addTag, tag, 12);
    await runWithPause(async () => {
      await db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    });
    expect(await getJob(ctx.admin, job.id)).toMatchObject({ status: "cancelled", processed: 5, error: REVOKED });
    expect(await taggedCount(ids)).toBe(5);
  });
});

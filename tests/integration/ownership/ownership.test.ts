// Customer ownership: the creator owns, who may transfer (owner, managers+), the reason and target
// rules, the history (newest first) and the timeline entry.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getDbHandle } from "@/lib/db/client";
import { connectPg } from "@/lib/db/sql";
import { archiveCustomer } from "@/lib/customers/mutations";
import { transferOwnership } from "@/lib/customers/ownership/mutations";
import { listOwnerOptions, listOwnershipTransfers } from "@/lib/customers/ownership/queries";
import { ctxFor, makeCustomer, makeOrgWithOutsider, makeUser, rejectionOf } from "@/tests/factories";

let ctx: Record<Role, Ctx>;
let outsider: Ctx;
let otherStaff: Ctx;

const id = (c: Ctx) => c.userId ?? "";

beforeAll(async () => {
  let org;
  ({ org, ctx, outsider } = await makeOrgWithOutsider());
  otherStaff = ctxFor(org.id, (await makeUser(org.id, "staff")).id, "staff");
});

/**
 * Runs `work` while another connection holds the customer's row lock on PostgreSQL, released once
 * `waiters` statements wait on a lock (or after 10 s): every transfer has then read the same version
 * before any of them commits, however busy the machine. On PGlite (one connection) `work` runs as is.
 */
async function whileRowLocked<T>(customerId: string, waiters: number, work: () => Promise<T>): Promise<T> {
  const { connectionString, pglite } = getDbHandle();
  if (pglite || !connectionString) return work();
  const holder = await connectPg(connectionString);
  try {
    await holder.exec("BEGIN");
    await holder.query("SELECT 1 FROM customer WHERE id = $1 FOR UPDATE", [customerId]);
    const pending = work();
    for (let waited = 0; waited < 10_000; waited += 50) {
      const [row] = await holder.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      if ((row?.n ?? 0) >= waiters) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await holder.exec("COMMIT");
    return await pending;
  } finally {
    await holder.close();
  }
}

describe("ownership", () => {
  it("makes the creating user the owner; an API key's customer starts unowned", async () => {
    expect((await makeCustomer(ctx.staff)).ownerId).toBe(id(ctx.staff));
    expect((await makeCustomer({ ...ctx.admin, actor: "apiKey" })).ownerId).toBeNull();
  });

  it("lets the current owner transfer, then no longer (unless a manager)", async () => {
    const customer = await makeCustomer(ctx.staff);
    const moved = await transferOwnership(ctx.staff, customer.id, {
      toUserId: id(otherStaff),
      reason: "Going on leave",
    });
    expect(moved).toMatchObject({ ownerId: id(otherStaff), version: 2 });
    const again = await rejectionOf(
      transferOwnership(ctx.staff, customer.id, { toUserId: id(ctx.staff), reason: "Back" }),
    );
    expect(again.code).toBe("FORBIDDEN");
    for (const role of ["manager", "admin", "owner"] as const) {
      const target = role === "manager" ? id(ctx.staff) : role === "admin" ? id(otherStaff) : id(ctx.manager);
      await expect(
        transferOwnership(ctx[role], customer.id, { toUserId: target, reason: `By ${role}` }),
      ).resolves.toMatchObject({ ownerId: target });
    }
    expect(
      (await rejectionOf(transferOwnership(ctx.viewer, customer.id, { toUserId: id(ctx.staff), reason: "No" }))).code,
    ).toBe("FORBIDDEN");
  });

  it("requires a reason of 3–500 characters", async () => {
    const customer = await makeCustomer(ctx.staff);
    for (const reason of ["", "  ", "ab", "x".repeat(501)]) {
      const { code, fieldErrors } = await rejectionOf(
        transferOwnership(ctx.manager, customer.id, { toUserId: id(otherStaff), reason }),
      );
      expect(code).toBe("VALIDATION");
      expect(fieldErrors.reason).toBeDefined();
    }
  });

  it("requires a staff-or-above member of the organization who is not already the owner", async () => {
    const customer = await makeCustomer(ctx.staff);
    const transfer = (toUserId: string) =>
      rejectionOf(transferOwnership(ctx.manager, customer.id, { toUserId, reason: "Rebalance" }));
    for (const toUserId of [id(outsider), id(ctx.viewer), "no-such-user", id(ctx.staff)]) {
      const { code, fieldErrors } = await transfer(toUserId);
      expect(code, toUserId).toBe("VALIDATION");
      expect(fieldErrors.toUserId).toBeDefined();
    }
    const options = (await listOwnerOptions(ctx.viewer)).map((o) => o.id);
    expect(options).toContain(id(ctx.staff));
    expect(options).not.toContain(id(ctx.viewer));
  });

  it("keeps another organization's customer not found and an archived one unchanged", async () => {
    const foreign = await makeCustomer(outsider);
    expect(
      (await rejectionOf(transferOwnership(ctx.owner, foreign.id, { toUserId: id(ctx.staff), reason: "Mine" }))).code,
    ).toBe("NOT_FOUND");
    expect((await rejectionOf(listOwnershipTransfers(ctx.owner, foreign.id))).code).toBe("NOT_FOUND");
    const archived = await makeCustomer(ctx.staff);
    await archiveCustomer(ctx.admin, archived.id);
    expect(
      (await rejectionOf(transferOwnership(ctx.manager, archived.id, { toUserId: id(otherStaff), reason: "Old" })))
        .code,
    ).toBe("CONFLICT");
  });

  it("lists the history newest first with names, and records each transfer on the timeline", async () => {
    const customer = await makeCustomer(ctx.staff);
    await transferOwnership(ctx.staff, customer.id, { toUserId: id(otherStaff), reason: "First move" });
    await transferOwnership(ctx.manager, customer.id, { toUserId: id(ctx.admin), reason: "Second move" });
    const history = await listOwnershipTransfers(ctx.viewer, customer.id);
    expect(history.map((h) => [h.from?.id, h.to?.id, h.by?.id, h.reason])).toEqual([
      [id(otherStaff), id(ctx.admin), id(ctx.manager), "Second move"],
      [id(ctx.staff), id(otherStaff), id(ctx.staff), "First move"],
    ]);
    expect(history[0]?.to?.name).toBeTruthy();
    const activity = await db.activity.findMany({
      where: { customerId: customer.id, action: "owner_changed" },
      orderBy: { createdAt: "asc" },
    });
    expect(activity).toHaveLength(2);
    expect(activity[0]?.changes).toEqual({ ownerId: { from: id(ctx.staff), to: id(otherStaff) } });
    expect(activity[1]?.summary).toContain("Second move");
  });

  it("lets exactly one of several simultaneous transfers win; the others leave no history or activity", async () => {
    const customer = await makeCustomer(ctx.staff);
    const targets = [otherStaff, ctx.manager, ctx.admin, ctx.owner];
    const results = await whileRowLocked(customer.id, targets.length, () =>
      Promise.allSettled(
        targets.map((target) =>
          transferOwnership(ctx.manager, customer.id, { toUserId: id(target), reason: `To ${id(target)}` }),
        ),
      ),
    );
    const won = results.filter((result) => result.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected") expect((result.reason as { code?: string }).code).toBe("CONFLICT");
    }
    const transfers = await db.ownershipTransfer.findMany({ where: { customerId: customer.id } });
    const recorded = await db.activity.findMany({ where: { customerId: customer.id, action: "owner_changed" } });
    expect(transfers).toHaveLength(1);
    expect(recorded).toHaveLength(1);
    const { ownerId } = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(recorded[0]?.changes).toEqual({ ownerId: { from: id(ctx.staff), to: ownerId } });
    expect(transfers[0]?.toUserId).toBe(ownerId);
  });

  it("a refused transfer (viewer as target, no reason) changes nothing and records nothing", async () => {
    const customer = await makeCustomer(ctx.staff);
    expect(
      (await rejectionOf(transferOwnership(ctx.manager, customer.id, { toUserId: id(ctx.viewer), reason: "Viewer" })))
        .code,
    ).toBe("VALIDATION");
    expect(
      (await rejectionOf(transferOwnership(ctx.manager, customer.id, { toUserId: id(otherStaff), reason: " " }))).code,
    ).toBe("VALIDATION");
    expect(await db.ownershipTransfer.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await db.activity.count({ where: { customerId: customer.id, action: "owner_changed" } })).toBe(0);
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).version).toBe(1);
  });

  it("names a member removed since as such in the history", async () => {
    const customer = await makeCustomer(ctx.staff);
    const leaving = await makeUser(ctx.staff.orgId, "staff");
    await transferOwnership(ctx.manager, customer.id, { toUserId: leaving.id, reason: "Covering" });
    await transferOwnership(ctx.manager, customer.id, { toUserId: id(ctx.staff), reason: "Left the company" });
    await db.user.delete({ where: { id: leaving.id } });
    const [latest, first] = await listOwnershipTransfers(ctx.viewer, customer.id);
    expect(latest?.from).toEqual({ id: leaving.id, name: "Removed user" });
    expect(first?.to).toEqual({ id: leaving.id, name: "Removed user" });
  });
});

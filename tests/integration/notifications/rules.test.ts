// Who is notified of what: the rules of lib/notifications/derive.ts and notices.ts on a real database,
// derived by the worker step from the outbox events the real mutations write.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { logActivity } from "@/lib/activity/mutations";
import { runBulkAction } from "@/lib/customers/bulk/run";
import { archiveCustomer, updateCustomer } from "@/lib/customers/mutations";
import { transferOwnership } from "@/lib/customers/ownership/mutations";
import { deriveNotifications } from "@/lib/notifications/derive";
import { markNotificationsRead, saveNotificationPreferences } from "@/lib/notifications/mutations";
import { countUnreadNotifications, getNotificationPreferences, listNotifications } from "@/lib/notifications/queries";
import {
  makeCustomer,
  makeCustomerRows,
  makeOrgWithRoles,
  makeServiceCenter,
  makeUser,
  ctxFor,
} from "@/tests/factories";

const derive = (ctx: Ctx) => runInOrganization(ctx.orgId, () => deriveNotifications(ctx.orgId));
const titles = async (ctx: Ctx) => (await listNotifications(ctx)).rows.map((row) => row.title);

async function staffWithCustomer() {
  const setup = await makeOrgWithRoles();
  const customer = await makeCustomer(setup.staff, {
    email: `${randomUUID()}@owner.example`,
    phone: "+1 415 555 0134",
  });
  await derive(setup.staff);
  return { ...setup, customer };
}

describe("notification rules", () => {
  it("tells a customer's owner of activity and edits by others, linking to the customer", async () => {
    const { staff, manager, customer } = await staffWithCustomer();
    await logActivity(manager, customer.id, { type: "call", summary: "Asked about the renewal" });
    await updateCustomer(manager, customer.id, { city: "Dallas", status: "inactive" });
    await archiveCustomer(manager, customer.id);
    await derive(staff);
    const page = await listNotifications(staff);
    const managerName = (await db.user.findUniqueOrThrow({ where: { id: manager.userId! } })).name;
    expect(page.rows.map((row) => [row.kind, row.title, row.detail, row.href])).toEqual([
      ["customer_updated", `${managerName} archived ${customer.name}`, null, `/customers/${customer.id}`],
      [
        "customer_updated",
        `${managerName} updated ${customer.name}`,
        "Changed: city, status",
        `/customers/${customer.id}`,
      ],
      ["customer_activity", `${managerName} logged a call on ${customer.name}`, null, `/customers/${customer.id}`],
    ]);
    expect(page.unread).toBe(3);
    expect(await countUnreadNotifications(manager)).toBe(0);
  });

  it("never tells members of their own actions", async () => {
    const { staff, customer } = await staffWithCustomer();
    await logActivity(staff, customer.id, { type: "note", summary: "My own note" });
    await updateCustomer(staff, customer.id, { city: "Austin" });
    await derive(staff);
    expect(await countUnreadNotifications(staff)).toBe(0);
  });

  it("tells both parties of a transfer and the managers of the new owner's service center, not the actor", async () => {
    const { org, staff, manager, admin, customer } = await staffWithCustomer();
    const newOwner = ctxFor(
      org.id,
      (await makeUser(org.id, "staff", { name: `New Owner ${randomUUID().slice(0, 4)}` })).id,
      "staff",
    );
    const otherManager = ctxFor(org.id, (await makeUser(org.id, "manager")).id, "manager");
    const center = await makeServiceCenter(org.id);
    await db.serviceCenterMember.createMany({
      data: [newOwner, manager, staff].map((m) => ({
        organizationId: org.id,
        serviceCenterId: center.id,
        userId: m.userId!,
      })),
    });
    await transferOwnership(admin, customer.id, { toUserId: newOwner.userId, reason: "Territory change" });
    await derive(staff);
    const adminName = (await db.user.findUniqueOrThrow({ where: { id: admin.userId! } })).name;
    const toName = (await db.user.findUniqueOrThrow({ where: { id: newOwner.userId! } })).name;
    expect(await titles(newOwner)).toEqual([`${adminName} transferred ${customer.name} to you`]);
    expect(await titles(staff)).toEqual([`${adminName} transferred ${customer.name} from you to ${toName}`]);
    expect(await titles(manager)).toEqual([`${adminName} transferred ${customer.name} to ${toName}`]);
    expect(await titles(otherManager)).toEqual([]);
    expect(await titles(admin)).toEqual([]);

    // The manager who transfers is not told of their own transfer, the new owner still is.
    await transferOwnership(manager, customer.id, { toUserId: staff.userId, reason: "Back" });
    await derive(staff);
    expect(await titles(manager)).toHaveLength(1);
    expect((await titles(staff))[0]).toMatch(/transferred .* to you$/);
  });

  it("respects preferences: a kind turned off in the inbox is not shown", async () => {
    const { staff, manager, customer } = await staffWithCustomer();
    const prefs = await getNotificationPreferences(staff);
    expect(prefs.customer_activity).toEqual({ inApp: true, email: false });
    await saveNotificationPreferences(staff, { ...prefs, customer_activity: { inApp: false, email: false } });
    await logActivity(manager, customer.id, { type: "note", summary: "Hidden" });
    await updateCustomer(manager, customer.id, { city: "Boston" });
    await derive(staff);
    expect((await listNotifications(staff)).rows.map((row) => row.kind)).toEqual(["customer_updated"]);
    expect(await db.notification.count({ where: { userId: staff.userId!, kind: "customer_activity" } })).toBe(0);
  });

  it("never carries contact values into the text, even for a member who sees the customer masked", async () => {
    const { staff, admin, manager, customer, org } = await staffWithCustomer();
    await db.organization.update({ where: { id: org.id }, data: { visibilityMode: "own_and_shared" } });
    await updateCustomer(manager, customer.id, { email: `${randomUUID()}@changed.example`, phone: "+1 415 555 0199" });
    await transferOwnership(admin, customer.id, { toUserId: manager.userId, reason: "Escalation" });
    await derive(staff);
    const rows = (await listNotifications(staff)).rows;
    const name = async (ctx: Ctx) => (await db.user.findUniqueOrThrow({ where: { id: ctx.userId! } })).name;
    const [adminName, managerName] = [await name(admin), await name(manager)];
    // The whole text is names and field names: exact, so no contact value (in clear or masked) can be in it.
    // (Searching the serialized rows for "555" failed whenever a random id happened to contain it.)
    expect(rows.map((row) => [row.kind, row.title, row.detail])).toEqual([
      ["ownership_transferred", `${adminName} transferred ${customer.name} from you to ${managerName}`, null],
      ["customer_updated", `${managerName} updated ${customer.name}`, "Changed: email, phone"],
    ]);
    const current = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    const text = JSON.stringify(rows);
    for (const value of [customer.email, current.email, "555 01", "•"]) expect(text).not.toContain(value);
  });

  it("marks one or all read, only the member's own", async () => {
    const { staff, manager, customer } = await staffWithCustomer();
    await logActivity(manager, customer.id, { type: "note", summary: "One" });
    await logActivity(manager, customer.id, { type: "note", summary: "Two" });
    await derive(staff);
    const [first] = (await listNotifications(staff)).rows;
    expect(await markNotificationsRead(manager, { ids: [first!.id] })).toBe(0);
    expect(await markNotificationsRead(staff, { ids: [first!.id] })).toBe(1);
    expect(await countUnreadNotifications(staff)).toBe(1);
    expect(await markNotificationsRead(staff, { all: true })).toBe(1);
    expect((await listNotifications(staff)).rows.every((row) => row.read)).toBe(true);
  });

  it("API keys have no inbox", async () => {
    const { org } = await makeOrgWithRoles();
    const key: Ctx = { orgId: org.id, userId: null, role: "admin", actor: "apiKey", apiKeyId: randomUUID() };
    await expect(listNotifications(key)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countUnreadNotifications(key)).toBe(0);
  });

  it("derives a whole batch of events in one statement (a bulk change of 30 customers)", async () => {
    const { staff, manager } = await makeOrgWithRoles();
    const ids = await makeCustomerRows(staff, 30, { ownerId: staff.userId });
    await runBulkAction(manager, { action: "setStatus", params: { status: "inactive" }, ids }, { batchSize: 10 });
    expect(await derive(staff)).toBe(1);
    const [row] = await db.$queryRaw<{ rows: number; statements: number }[]>`
      SELECT count(*)::int AS rows, count(DISTINCT (xmin::text, cmin::text))::int AS statements
      FROM notification WHERE organization_id = ${staff.orgId}`;
    expect(row).toEqual({ rows: 30, statements: 1 });
    const page = await listNotifications(staff, 2);
    expect(page).toMatchObject({ total: 30, pageCount: 2, page: 2, unread: 30 });
    expect(page.rows).toHaveLength(10);
    // Deriving again adds nothing: the cursor moved past the batch.
    expect(await derive(staff)).toBe(0);
    expect(await db.notification.count({ where: { organizationId: staff.orgId } })).toBe(30);
  });
});

// Every customer mutation records its activity in its own transaction; a failed one records nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { archiveCustomer, deleteCustomer, restoreCustomer, updateCustomer } from "@/lib/customers/mutations";
import { actionsOf, timelineOf } from "./helpers";
import { makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

describe("customer activity capture", () => {
  it("records creation with who and how (user or API key)", async () => {
    const { staff } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff, { city: "Austin" });
    const [created] = await timelineOf(customer.id);
    expect(created).toMatchObject({
      type: "change",
      entityType: "customer",
      entityId: customer.id,
      action: "created",
      actorId: staff.userId,
      actorKind: "user",
      organizationId: staff.orgId,
    });
  });

  it("records an update with a field-level diff of only the changed fields", async () => {
    const { staff } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff, { city: "Austin", email: "a@example.com" });
    await updateCustomer(staff, customer.id, { city: "Dallas", email: "a@example.com", tags: ["vip"] });
    const [updated] = await timelineOf(customer.id);
    expect(updated?.action).toBe("updated");
    expect(updated?.changes).toEqual({ city: { from: "Austin", to: "Dallas" }, tags: { from: [], to: ["vip"] } });
  });

  it("records nothing for an update that changes nothing", async () => {
    const { staff } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff, { city: "Austin" });
    await updateCustomer(staff, customer.id, { city: "Austin" });
    expect(await actionsOf(customer.id)).toEqual(["customer:created"]);
  });

  it("records archive and restore", async () => {
    const { ctx } = await makeOrgWithRoles();
    const customer = await makeCustomer(ctx.manager);
    await archiveCustomer(ctx.manager, customer.id);
    await restoreCustomer(ctx.manager, customer.id);
    expect(await actionsOf(customer.id)).toEqual(["customer:created", "customer:archived", "customer:restored"]);
  });

  it("a failed create (duplicate account number) leaves no activity", async () => {
    const { staff } = await makeOrgWithRoles();
    const first = await makeCustomer(staff, { accountNumber: "ACC-1" });
    const before = await db.activity.count({ where: { organizationId: staff.orgId } });
    const { code } = await rejectionOf(makeCustomer(staff, { accountNumber: "ACC-1" }));
    expect(code).toBe("CONFLICT");
    expect(await db.activity.count({ where: { organizationId: staff.orgId } })).toBe(before);
    expect(await actionsOf(first.id)).toEqual(["customer:created"]);
  });

  it("a failed update (stale version, duplicate email) leaves no activity", async () => {
    const { staff } = await makeOrgWithRoles();
    await makeCustomer(staff, { email: "taken@example.com" });
    const customer = await makeCustomer(staff, { city: "Austin" });
    expect(
      (await rejectionOf(updateCustomer(staff, customer.id, { city: "Dallas" }, { expectedVersion: 99 }))).code,
    ).toBe("CONFLICT");
    expect((await rejectionOf(updateCustomer(staff, customer.id, { email: "taken@example.com" }))).code).toBe(
      "CONFLICT",
    );
    expect(await actionsOf(customer.id)).toEqual(["customer:created"]);
  });

  it("racing creates that pass the pre-check: the one the unique index refuses records nothing", async () => {
    const { staff } = await makeOrgWithRoles();
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, (_, index) => makeCustomer(staff, { name: `Racer ${index}`, accountNumber: "RACE-1" })),
    );
    const created = results.filter((result) => result.status === "fulfilled");
    expect(created).toHaveLength(1);
    expect(await db.activity.count({ where: { organizationId: staff.orgId } })).toBe(1);
  });

  it("permanent delete removes the customer's activity with it", async () => {
    const { admin } = await makeOrgWithRoles();
    const customer = await makeCustomer(admin);
    await deleteCustomer(admin, customer.id);
    expect(await db.activity.count({ where: { customerId: customer.id } })).toBe(0);
  });
});

// Reverting a recorded customer change: through the normal update path, recorded, refused when stale.
import { describe, expect, it } from "vitest";
import { revertChange } from "@/lib/activity/mutations";
import { getCustomer } from "@/lib/customers/queries";
import { updateCustomer } from "@/lib/customers/mutations";
import { transferOwnership } from "@/lib/customers/ownership/mutations";
import { createTier, deleteTier } from "@/lib/tiers/mutations";
import { makeCustomer, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";
import { timelineOf } from "./helpers";

const { ctx } = await makeOrgWithRoles();

async function customerWithCityChange() {
  const customer = await makeCustomer(ctx.staff, { city: "Austin" });
  await updateCustomer(ctx.staff, customer.id, { city: "Dallas" });
  const [change] = await timelineOf(customer.id);
  if (!change) throw new Error("expected the update to be recorded");
  return { customer, change };
}

describe("revertChange", () => {
  it("puts the old values back as a new recorded change pointing at the original", async () => {
    const { customer, change } = await customerWithCityChange();
    const revert = await revertChange(ctx.manager, change.id);
    expect(revert).toMatchObject({
      type: "change",
      action: "reverted",
      revertOfId: change.id,
      actorId: ctx.manager.userId,
      changes: { city: { from: "Dallas", to: "Austin" } },
    });
    expect((await getCustomer(ctx.viewer, customer.id)).city).toBe("Austin");
  });

  it("is refused with CONFLICT when the field was changed again since", async () => {
    const { customer, change } = await customerWithCityChange();
    await updateCustomer(ctx.staff, customer.id, { city: "Houston" });
    const { code } = await rejectionOf(revertChange(ctx.manager, change.id));
    expect(code).toBe("CONFLICT");
    expect((await getCustomer(ctx.viewer, customer.id)).city).toBe("Houston");
  });

  it("is for managers and up; staff are FORBIDDEN", async () => {
    const { change } = await customerWithCityChange();
    expect((await rejectionOf(revertChange(ctx.staff, change.id))).code).toBe("FORBIDDEN");
    await expect(revertChange(ctx.admin, change.id)).resolves.toBeDefined();
  });

  it("refuses entries that are not field changes, and another organization's entries", async () => {
    const customer = await makeCustomer(ctx.staff);
    const [created] = await timelineOf(customer.id);
    expect((await rejectionOf(revertChange(ctx.manager, created?.id ?? ""))).code).toBe("BAD_REQUEST");
    const other = await makeOrgWithRoles();
    expect((await rejectionOf(revertChange(other.ctx.owner, created?.id ?? ""))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(revertChange(ctx.manager, "not-an-id"))).code).toBe("NOT_FOUND");
  });

  it("is refused a second time, and when the old value now belongs to another customer (duplicate rules apply)", async () => {
    const { change } = await customerWithCityChange();
    await revertChange(ctx.manager, change.id);
    expect((await rejectionOf(revertChange(ctx.manager, change.id))).code).toBe("CONFLICT");

    const customer = await makeCustomer(ctx.staff, { email: "old@example.com" });
    await updateCustomer(ctx.staff, customer.id, { email: "new@example.com" });
    const [emailChange] = await timelineOf(customer.id);
    await makeCustomer(ctx.staff, { email: "old@example.com" });
    const duplicate = await rejectionOf(revertChange(ctx.manager, emailChange?.id ?? ""));
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.fieldErrors.email).toBeDefined();
    expect((await timelineOf(customer.id)).filter((row) => row.action === "reverted")).toHaveLength(0);
  });

  it("can itself be reverted (a redo)", async () => {
    const { customer, change } = await customerWithCityChange();
    const revert = await revertChange(ctx.manager, change.id);
    await revertChange(ctx.manager, revert.id);
    expect((await getCustomer(ctx.viewer, customer.id)).city).toBe("Dallas");
  });

  it("reverts a tier change, and refuses (recording nothing) when the old tier was deleted since", async () => {
    const tier = (name: string) => createTier(ctx.manager, { name: uniq(name), level: 2, discountPercent: "3" });
    const [gold, silver] = await Promise.all([tier("Gold "), tier("Silver ")]);
    const customer = await makeCustomer(ctx.staff, { tierId: gold.id });
    await updateCustomer(ctx.staff, customer.id, { tierId: silver.id });
    const [change] = await timelineOf(customer.id);
    const revert = await revertChange(ctx.manager, change?.id ?? "");
    expect(revert.changes).toEqual({ tierId: { from: silver.id, to: gold.id } });

    await updateCustomer(ctx.staff, customer.id, { tierId: silver.id });
    const [again] = await timelineOf(customer.id);
    await deleteTier(ctx.manager, gold.id);
    const refused = await rejectionOf(revertChange(ctx.manager, again?.id ?? ""));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.fieldErrors.tierId).toBeDefined();
    expect((await timelineOf(customer.id))[0]?.id).toBe(again?.id);
  });

  it("does not revert an ownership transfer (that takes a new transfer with a reason)", async () => {
    const customer = await makeCustomer(ctx.staff);
    await transferOwnership(ctx.manager, customer.id, { toUserId: ctx.manager.userId ?? "", reason: "Key account" });
    const [transfer] = await timelineOf(customer.id);
    expect(transfer?.action).toBe("owner_changed");
    expect((await rejectionOf(revertChange(ctx.manager, transfer?.id ?? ""))).code).toBe("BAD_REQUEST");
    expect((await getCustomer(ctx.viewer, customer.id)).ownerId).toBe(ctx.manager.userId);
  });
});

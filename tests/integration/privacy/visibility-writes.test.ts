// Visibility mode "own_and_shared" on the write side: a customer seen with limited details cannot be changed
// (nor its contacts; bulk work skips it), a masked value is never written back, and new customers can be created.
import { describe, expect, it } from "vitest";
import * as customerItem from "@/app/api/v1/customers/[id]/route";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import { createContact, updateContact } from "@/lib/contacts/mutations";
import { runBulkAction } from "@/lib/customers/bulk/run";
import { getCustomer } from "@/lib/customers/queries";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { updateVisibilitySettings } from "@/lib/privacy/settings";
import { shareCustomer } from "@/lib/privacy/shares";
import { call } from "@/tests/support/api";
import { contactInput, makeContact, makeCustomer, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";

const { org, ctx } = await makeOrgWithRoles();
await updateVisibilitySettings(ctx.admin, { visibilityMode: "own_and_shared" });

/** A customer owned by the manager (so not the staff member's), with an email and a contact. */
async function someoneElses() {
  const customer = await makeCustomer(ctx.admin, { name: uniq("Other "), email: `${uniq("o-")}@example.test` });
  await db.customer.update({ where: { id: customer.id }, data: { ownerId: ctx.manager.userId } });
  const contact = await makeContact(ctx.admin, customer.id);
  return { customer, contact };
}

describe("editing a customer seen with limited details", () => {
  it("is refused with the reason, and nothing is written", async () => {
    const { customer } = await someoneElses();
    const masked = await getCustomer(ctx.staff, customer.id);
    expect(masked.masked).toBe(true);
    // The edit form's values would be the masked ones: saving them must not overwrite the real email.
    const failure = await rejectionOf(updateCustomer(ctx.staff, customer.id, { email: masked.email, city: "Reno" }));
    expect(failure.code).toBe("FORBIDDEN");
    expect(failure.message).toMatch(/limited details.*share it with you/);
    const stored = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(stored).toMatchObject({ email: customer.email, city: customer.city, version: customer.version });
  });

  it("is refused over REST (403) for a staff key", async () => {
    const { customer } = await someoneElses();
    const { key } = await createApiKeyWithSecret(db, {
      orgId: org.id,
      name: uniq("key "),
      role: "staff",
      createdById: ctx.staff.userId,
    });
    const id = customer.id;
    const res = await call(customerItem.PATCH, "PATCH", `/api/v1/customers/${id}`, {
      key,
      params: { id },
      body: { city: "Reno" },
    });
    expect(res.status).toBe(403);
    const read = await call(customerItem.GET, "GET", `/api/v1/customers/${id}`, { key, params: { id } });
    expect(read.json.data).toMatchObject({ masked: true, name: customer.name, city: customer.city });
    expect(read.json.data.email).toMatch(/^.•••@example\.test$/);
  });

  it("refuses a masked value even from someone who sees the customer in full", async () => {
    const { customer } = await someoneElses();
    const failure = await rejectionOf(updateCustomer(ctx.manager, customer.id, { email: "o•••@example.test" }));
    expect(failure.code).toBe("VALIDATION");
    expect(Object.keys(failure.fieldErrors)).toEqual(["email"]);
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).email).toBe(customer.email);
  });

  it("refuses changing its contacts; another organization's id stays NOT_FOUND", async () => {
    const { customer, contact } = await someoneElses();
    expect((await rejectionOf(createContact(ctx.staff, customer.id, contactInput()))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(updateContact(ctx.staff, contact.id, { jobTitle: "Pilot" }))).code).toBe("FORBIDDEN");
    const elsewhere = await makeOrgWithRoles();
    const foreign = await makeCustomer(elsewhere.ctx.admin);
    expect((await rejectionOf(createContact(ctx.staff, foreign.id, contactInput()))).code).toBe("NOT_FOUND");
  });

  it("allows it once the customer is shared with the member, and creating new customers always", async () => {
    const { customer } = await someoneElses();
    await shareCustomer(ctx.manager, customer.id, { userId: ctx.staff.userId });
    const updated = await updateCustomer(ctx.staff, customer.id, { city: "Reno" });
    expect(updated.city).toBe("Reno");
    const created = await createCustomer(ctx.staff, { kind: "company", name: uniq("Mine ") });
    expect(created.name).toMatch(/^Mine /);
  });

  it("skips it in bulk work, with the reason", async () => {
    const { customer } = await someoneElses();
    const own = await makeCustomer(ctx.admin, { name: uniq("Own ") });
    await db.customer.update({ where: { id: own.id }, data: { ownerId: ctx.staff.userId } });
    const outcome = await runBulkAction(ctx.staff, {
      action: "addTags",
      params: { tags: ["north"] },
      ids: [own.id, customer.id],
    });
    expect("result" in outcome && outcome.result).toMatchObject({
      updated: 1,
      skipped: 1,
      skippedReasons: { "Limited details (not your customer and not shared with you)": 1 },
    });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).tags).toEqual([]);
  });
});

// The primary-contact invariant, delete with undo, archived customers, scoping and permissions.
import { describe, expect, it } from "vitest";
import {
  createContact,
  deleteContact,
  restoreContact,
  setPrimaryContact,
  updateContact,
} from "@/lib/contacts/mutations";
import { getPrimaryContact, listContacts } from "@/lib/contacts/queries";
import { db } from "@/lib/db";
import { contactInput, makeContact, makeCustomerRow, makeOrgWithRoles, rejectionOf } from "@/tests/factories";
import { primaryIds } from "./helpers";

const { ctx, staff } = await makeOrgWithRoles();

describe("primary contact", () => {
  it("makes the first contact primary, switches it in one step and lists the primary first", async () => {
    const customer = await makeCustomerRow(staff);
    const zed = await makeContact(staff, customer.id, { firstName: "Zed", lastName: "Young" });
    const amy = await makeContact(staff, customer.id, { firstName: "Amy", lastName: "Adams" });
    expect([zed.isPrimary, amy.isPrimary]).toEqual([true, false]);
    expect((await listContacts(staff, customer.id)).map((c) => c.firstName)).toEqual(["Zed", "Amy"]);
    await setPrimaryContact(staff, amy.id);
    expect(await primaryIds(customer.id)).toEqual([amy.id]);
    expect((await getPrimaryContact(staff, customer.id))?.id).toBe(amy.id);
    expect((await listContacts(staff, customer.id)).map((c) => [c.firstName, c.isPrimary])).toEqual([
      ["Amy", true],
      ["Zed", false],
    ]);
    await expect(setPrimaryContact(staff, amy.id)).resolves.toMatchObject({ isPrimary: true });
  });

  it("promotes the earliest remaining contact when the primary is deleted, and none when the last goes", async () => {
    const customer = await makeCustomerRow(staff);
    const [a, b, c] = [
      await makeContact(staff, customer.id),
      await makeContact(staff, customer.id),
      await makeContact(staff, customer.id),
    ];
    await setPrimaryContact(staff, c.id);
    await deleteContact(staff, c.id);
    expect(await primaryIds(customer.id)).toEqual([a.id]);
    await deleteContact(staff, a.id);
    await deleteContact(staff, b.id);
    expect(await primaryIds(customer.id)).toEqual([]);
    expect(await getPrimaryContact(staff, customer.id)).toBeNull();
  });

  it("is backed by the database: one live primary and one live contact per email", async () => {
    const customer = await makeCustomerRow(staff);
    const contact = await makeContact(staff, customer.id, { email: "twin@example.test" });
    const insert = (email: string, isPrimary: boolean) => db.$executeRaw`
      INSERT INTO contact (id, organization_id, customer_id, first_name, last_name, email, is_primary, updated_at)
      VALUES (gen_random_uuid(), ${staff.orgId}, ${customer.id}::uuid, 'X', 'Y', ${email}, ${isPrimary}, now())`;
    await expect(insert("other@example.test", true)).rejects.toThrow(/contact_one_primary_idx/);
    await expect(insert("TWIN@example.test", false)).rejects.toThrow(/contact_customer_email_live_key/);
    await deleteContact(staff, contact.id);
    await expect(insert("twin@example.test", true)).resolves.toBe(1);
  });
});

describe("delete and undo", () => {
  it("hides a deleted contact and restores it; a restored contact is primary only if none is", async () => {
    const customer = await makeCustomerRow(staff);
    const a = await makeContact(staff, customer.id);
    const b = await makeContact(staff, customer.id);
    const deleted = await deleteContact(staff, b.id);
    expect(deleted).toMatchObject({ deletedById: staff.userId, isPrimary: false });
    expect((await listContacts(staff, customer.id)).map((c) => c.id)).toEqual([a.id]);
    expect((await restoreContact(staff, b.id)).isPrimary).toBe(false);
    expect((await listContacts(staff, customer.id)).map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect((await rejectionOf(restoreContact(staff, b.id))).code).toBe("CONFLICT");

    await deleteContact(staff, a.id);
    await deleteContact(staff, b.id);
    expect((await restoreContact(staff, a.id)).isPrimary).toBe(true);
  });

  it("refuses to restore a contact whose email another live contact has taken", async () => {
    const customer = await makeCustomerRow(staff);
    const old = await makeContact(staff, customer.id, { email: "desk@example.test" });
    await deleteContact(staff, old.id);
    await makeContact(staff, customer.id, { email: "DESK@example.test" });
    const { code, fieldErrors } = await rejectionOf(restoreContact(staff, old.id));
    expect(code).toBe("CONFLICT");
    expect(fieldErrors.email?.[0]).toMatch(/desk@example.test is now used by another contact/);
  });
});

describe("archived customers and other organizations", () => {
  it("keeps an archived customer's contacts readable but refuses every change", async () => {
    const customer = await makeCustomerRow(staff);
    const contact = await makeContact(staff, customer.id);
    await db.customer.update({ where: { id: customer.id }, data: { archivedAt: new Date() } });
    expect(await listContacts(staff, customer.id)).toHaveLength(1);
    for (const attempt of [
      () => createContact(staff, customer.id, contactInput()),
      () => updateContact(staff, contact.id, { jobTitle: "x" }),
      () => setPrimaryContact(staff, contact.id),
      () => deleteContact(staff, contact.id),
    ]) {
      expect(await rejectionOf(attempt())).toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/archived/),
      });
    }
  });

  it("treats another organization's customer or contact as not found", async () => {
    const customer = await makeCustomerRow(staff);
    const contact = await makeContact(staff, customer.id);
    const other = (await makeOrgWithRoles()).ctx.staff;
    for (const attempt of [
      () => listContacts(other, customer.id),
      () => getPrimaryContact(other, customer.id),
      () => createContact(other, customer.id, contactInput()),
      () => updateContact(other, contact.id, { jobTitle: "x" }),
      () => setPrimaryContact(other, contact.id),
      () => deleteContact(other, contact.id),
      () => restoreContact(other, contact.id),
      () => listContacts(staff, "not-a-uuid"),
    ]) {
      expect((await rejectionOf(attempt())).code).toBe("NOT_FOUND");
    }
  });
});

describe("permissions", () => {
  it("lets viewers read, and staff and above manage", async () => {
    const customer = await makeCustomerRow(staff);
    const contact = await makeContact(staff, customer.id);
    expect(await listContacts(ctx.viewer, customer.id)).toHaveLength(1);
    for (const attempt of [
      () => createContact(ctx.viewer, customer.id, contactInput()),
      () => updateContact(ctx.viewer, contact.id, { jobTitle: "x" }),
      () => setPrimaryContact(ctx.viewer, contact.id),
      () => deleteContact(ctx.viewer, contact.id),
      () => restoreContact(ctx.viewer, contact.id),
    ]) {
      expect((await rejectionOf(attempt())).code).toBe("FORBIDDEN");
    }
    for (const role of ["owner", "admin", "manager", "staff"] as const) {
      await expect(makeContact(ctx[role], customer.id)).resolves.toMatchObject({ createdById: ctx[role].userId });
    }
  });
});

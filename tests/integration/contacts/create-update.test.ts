// Creating and editing contacts: normalization, validation, email uniqueness, versions, consent.
import { describe, expect, it } from "vitest";
import { deleteContact, updateContact } from "@/lib/contacts/mutations";
import { contactActivity, primaryIds } from "./helpers";
import { createContact } from "@/lib/contacts/mutations";
import { contactInput, makeContact, makeCustomerRow, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

const { staff } = await makeOrgWithRoles();

describe("createContact", () => {
  it("stores a normalized contact: email lower-cased, phones in E.164 for the customer's country", async () => {
    const customer = await makeCustomerRow(staff, { country: "GB" });
    const contact = await createContact(staff, customer.id, {
      firstName: "  Ana ",
      lastName: "López",
      email: "  Ana.Lopez@Example.TEST ",
      phone: "020 7946 0018",
      mobile: "+1 (212) 555-0101",
      jobTitle: "Fleet manager",
      roles: ["technical", "billing", "billing"],
      preferredContactMethod: "mobile",
      notes: "Prefers mornings",
    });
    expect(contact).toMatchObject({
      customerId: customer.id,
      firstName: "Ana",
      lastName: "López",
      email: "ana.lopez@example.test",
      phone: "+442079460018",
      mobile: "+12125550101",
      jobTitle: "Fleet manager",
      roles: ["billing", "technical"],
      preferredContactMethod: "mobile",
      receivesOrderUpdates: true,
      marketingConsent: "not_asked",
      newsletter: false,
      emailVerified: false,
      phoneVerified: false,
      marketingConsentAt: null,
      portalAccess: false,
      isPrimary: true,
      version: 1,
      createdById: staff.userId,
    });
  });

  it("reports every invalid field", async () => {
    const customer = await makeCustomerRow(staff);
    const { code, fieldErrors } = await rejectionOf(
      createContact(staff, customer.id, {
        firstName: " ",
        lastName: "",
        email: "not-an-email",
        phone: "12",
        roles: ["primary" as "billing"],
        preferredContactMethod: "fax" as "email",
      }),
    );
    expect(code).toBe("VALIDATION");
    expect(Object.keys(fieldErrors).sort()).toEqual(
      ["email", "firstName", "lastName", "phone", "preferredContactMethod", "roles"].sort(),
    );
    expect(fieldErrors.email).toEqual(["Enter a valid email address"]);
  });

  it("refuses an email already used by a live contact of the customer, whatever its case", async () => {
    const customer = await makeCustomerRow(staff);
    const first = await makeContact(staff, customer.id, { email: "Ops@Example.test" });
    const { code, fieldErrors } = await rejectionOf(makeContact(staff, customer.id, { email: "OPS@example.TEST" }));
    expect(code).toBe("CONFLICT");
    expect(fieldErrors.email).toEqual(["ops@example.test is already a contact of this customer"]);
    // Another customer may use it, and so may this one once the first contact is deleted.
    await expect(
      makeContact(staff, (await makeCustomerRow(staff)).id, { email: "ops@example.test" }),
    ).resolves.toBeDefined();
    await deleteContact(staff, first.id);
    await expect(makeContact(staff, customer.id, { email: "ops@example.test" })).resolves.toMatchObject({
      isPrimary: true,
    });
  });

  it("stamps marketing consent when a contact is created with consent granted", async () => {
    const customer = await makeCustomerRow(staff);
    const contact = await makeContact(staff, customer.id, { marketingConsent: "granted" });
    expect(contact.marketingConsentAt).toBeInstanceOf(Date);
    expect(contact.marketingConsentById).toBe(staff.userId);
  });
});

describe("updateContact", () => {
  it("applies a partial patch, re-validates the merged record and bumps the version", async () => {
    const customer = await makeCustomerRow(staff);
    const contact = await makeContact(staff, customer.id, { phone: "212 555 0101" });
    const updated = await updateContact(staff, contact.id, { jobTitle: "Director of Maintenance", roles: ["other"] });
    expect(updated).toMatchObject({
      jobTitle: "Director of Maintenance",
      roles: ["other"],
      phone: "+12125550101",
      version: 2,
    });
    const { code, fieldErrors } = await rejectionOf(updateContact(staff, contact.id, { email: "" }));
    expect(code).toBe("VALIDATION");
    expect(fieldErrors.email).toEqual(["Email is required"]);
  });

  it("refuses a stale version and an email taken by another contact (case-insensitively)", async () => {
    const customer = await makeCustomerRow(staff);
    const a = await makeContact(staff, customer.id, { email: "a@example.test" });
    const b = await makeContact(staff, customer.id);
    await updateContact(staff, b.id, { jobTitle: "Buyer" }, { expectedVersion: 1 });
    expect((await rejectionOf(updateContact(staff, b.id, { jobTitle: "x" }, { expectedVersion: 1 }))).code).toBe(
      "CONFLICT",
    );
    const duplicate = await rejectionOf(updateContact(staff, b.id, { email: "A@EXAMPLE.TEST" }));
    expect(duplicate).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: ["a@example.test is already a contact of this customer"] },
    });
    // Keeping its own email (in another case) is fine.
    await expect(updateContact(staff, a.id, { email: "A@example.test" })).resolves.toMatchObject({
      email: "a@example.test",
    });
  });

  it("stamps consent whenever the marketing consent changes, and only then", async () => {
    const customer = await makeCustomerRow(staff);
    const contact = await makeContact(staff, customer.id);
    const optedIn = await updateContact(staff, contact.id, { marketingConsent: "granted" });
    expect(optedIn.marketingConsentById).toBe(staff.userId);
    const stamp = optedIn.marketingConsentAt!;
    const renamed = await updateContact(staff, contact.id, { firstName: "Bea" });
    expect(renamed.marketingConsentAt).toEqual(stamp);
    const optedOut = await updateContact(staff, contact.id, { marketingConsent: "withdrawn" });
    expect(optedOut.marketingConsent).toBe("withdrawn");
    expect(optedOut.marketingConsentAt!.getTime()).toBeGreaterThanOrEqual(stamp.getTime());
    expect(optedOut.version).toBe(4);
  });

  it("does not edit a deleted contact", async () => {
    const customer = await makeCustomerRow(staff);
    const contact = await makeContact(staff, customer.id);
    await deleteContact(staff, contact.id);
    expect((await rejectionOf(updateContact(staff, contact.id, contactInput()))).code).toBe("NOT_FOUND");
  });
});

describe("updateContact with makePrimary", () => {
  it("edits the fields and takes over the primary in one transaction, recording both", async () => {
    const customer = await makeCustomerRow(staff);
    await makeContact(staff, customer.id);
    const second = await makeContact(staff, customer.id);
    const updated = await updateContact(
      staff,
      second.id,
      { jobTitle: "Buyer" },
      { expectedVersion: 1, makePrimary: true },
    );
    expect(updated).toMatchObject({ jobTitle: "Buyer", isPrimary: true });
    expect(await primaryIds(customer.id)).toEqual([second.id]);
    const actions = (await contactActivity(customer.id)).map((entry) => `${entry.entityId}:${entry.action}`);
    expect(actions.slice(-2)).toEqual([`${second.id}:updated`, `${second.id}:primary_changed`]);
    expect((await contactActivity(customer.id)).at(-1)?.changes).toMatchObject({
      primaryContact: { to: expect.any(String) },
    });
  });

  it("leaves the primary where it was when the edit is refused", async () => {
    const customer = await makeCustomerRow(staff);
    const first = await makeContact(staff, customer.id);
    const second = await makeContact(staff, customer.id);
    const refused = await rejectionOf(
      updateContact(staff, second.id, { email: "not-an-email" }, { makePrimary: true }),
    );
    expect(refused.code).toBe("VALIDATION");
    const stale = await rejectionOf(
      updateContact(staff, second.id, { jobTitle: "Late" }, { expectedVersion: 7, makePrimary: true }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await primaryIds(customer.id)).toEqual([first.id]);
  });
});

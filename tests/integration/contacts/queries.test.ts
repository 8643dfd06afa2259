// Contact reads: one contact with who recorded its consent, scoped to its customer where REST nests
// it; the customer's country that phones are read with; another organization's records not found.
import { describe, expect, it } from "vitest";
import { deleteContact } from "@/lib/contacts/mutations";
import { assertContactOnCustomer, getContact, getContactCountry } from "@/lib/contacts/queries";
import { makeContact, makeCustomerRow, makeOrgWithOutsider, rejectionOf } from "@/tests/factories";

const { ctx, outsider } = await makeOrgWithOutsider();

describe("contact queries", () => {
  it("reads a live contact with its consent actor, only under its own customer", async () => {
    const customer = await makeCustomerRow(ctx.staff);
    const other = await makeCustomerRow(ctx.staff);
    const contact = await makeContact(ctx.staff, customer.id, { marketingConsent: "granted" });
    const read = await getContact(ctx.viewer, contact.id, customer.id);
    expect(read).toMatchObject({ id: contact.id, marketingConsent: "granted", marketingConsentById: ctx.staff.userId });
    expect(read.marketingConsentBy?.id).toBe(ctx.staff.userId);
    expect(read.marketingConsentAt).toBeInstanceOf(Date);
    await expect(getContact(ctx.viewer, contact.id)).resolves.toMatchObject({ id: contact.id });
    expect((await rejectionOf(getContact(ctx.viewer, contact.id, other.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(getContact(outsider, contact.id))).code).toBe("NOT_FOUND");

    await expect(assertContactOnCustomer(ctx.viewer, customer.id, contact.id)).resolves.toBeUndefined();
    expect((await rejectionOf(assertContactOnCustomer(ctx.viewer, other.id, contact.id))).code).toBe("NOT_FOUND");
    await deleteContact(ctx.staff, contact.id);
    expect((await rejectionOf(getContact(ctx.viewer, contact.id, customer.id))).code).toBe("NOT_FOUND");
    await expect(assertContactOnCustomer(ctx.viewer, customer.id, contact.id)).resolves.toBeUndefined();
  });

  it("reads the customer's country for phone numbers, null when it has none", async () => {
    const us = await makeCustomerRow(ctx.staff, { country: "US" });
    const none = await makeCustomerRow(ctx.staff, { country: null });
    expect(await getContactCountry(ctx.viewer, us.id)).toBe("US");
    expect(await getContactCountry(ctx.viewer, none.id)).toBeNull();
    expect((await rejectionOf(getContactCountry(outsider, us.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(getContactCountry(ctx.viewer, "nope"))).code).toBe("NOT_FOUND");
  });
});

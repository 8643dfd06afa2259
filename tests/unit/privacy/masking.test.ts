// Limited details: what a masked value looks like, per shape (lib/privacy/masking.ts).
import { describe, expect, it } from "vitest";
import {
  holdsMask,
  maskChanges,
  maskContact,
  maskCustomer,
  maskCustomerSnapshot,
  maskEmail,
  maskPhone,
} from "@/lib/privacy/masking";

describe("masking", () => {
  it("keeps an email's first letter and domain", () => {
    expect(maskEmail("alice@example.com")).toBe("a•••@example.com");
    expect(maskEmail("not-an-email")).toBe("•••");
  });

  it("keeps a phone's country code and last four digits", () => {
    expect(maskPhone("+18655550142")).toBe("+1 ••• ••• 0142");
    expect(maskPhone("+442079460958")).toBe("+44 ••• ••• 0958");
    expect(maskPhone("0142")).toBe("••• •••");
    // One-, two- and three-digit country codes (E.164 codes are prefix-free).
    expect(maskPhone("+79161234567")).toBe("+7 ••• ••• 4567");
    expect(maskPhone("+4930123456")).toBe("+49 ••• ••• 3456");
    expect(maskPhone("+353861234567")).toBe("+353 ••• ••• 4567");
    expect(maskPhone("+4219081234567")).toBe("+421 ••• ••• 4567");
  });

  it("masks a customer's personal fields but its name, account number, city and status", () => {
    const customer = {
      id: "c1",
      name: "Ada Air",
      accountNumber: "A-1",
      city: "Knoxville",
      status: "active",
      email: "ops@ada.example",
      phone: "+18655550142",
      addressLine1: "1 Hangar Road",
      postalCode: "37920",
      taxId: "12-3456789",
      dateOfBirth: new Date("1980-01-01"),
      notes: "Calls before nine",
      internalNotes: "Slow payer",
      emailKeys: ["ops@ada.example"],
      primaryContact: { id: "p1", firstName: "Ada", lastName: "Lovelace", email: "ada@ada.example" },
    };
    expect(maskCustomer(customer)).toEqual({
      id: "c1",
      name: "Ada Air",
      accountNumber: "A-1",
      city: "Knoxville",
      status: "active",
      email: "o•••@ada.example",
      phone: "+1 ••• ••• 0142",
      addressLine1: "•••",
      postalCode: "•••",
      taxId: "•••",
      dateOfBirth: null,
      notes: null,
      internalNotes: null,
      emailKeys: [],
      primaryContact: { id: "p1", firstName: "Ada", lastName: "Lovelace", email: "a•••@ada.example" },
    });
  });

  it("masks how to reach a contact, not who they are", () => {
    const contact = {
      firstName: "Ada",
      lastName: "L",
      jobTitle: "Pilot",
      email: "ada@x.example",
      mobile: null,
      notes: "x",
    };
    expect(maskContact(contact)).toEqual({ ...contact, email: "a•••@x.example", notes: null });
  });

  it("masks a work order's billed-customer snapshot but its name and city", () => {
    const snapshot = {
      name: "Ada Air",
      accountNumber: "A-1",
      email: "ops@ada.example",
      phone: "+18655550142",
      billingAddress: {
        line1: "1 Hangar Road",
        line2: null,
        city: "Knoxville",
        region: "TN",
        postalCode: "37920",
        country: "US",
      },
    };
    expect(maskCustomerSnapshot(snapshot)).toEqual({
      ...snapshot,
      email: "o•••@ada.example",
      phone: "+1 ••• ••• 0142",
      billingAddress: { ...snapshot.billingAddress, line1: "•••", postalCode: "•••" },
    });
  });

  it("masks the personal values of a timeline diff and leaves the rest", () => {
    expect(
      maskChanges({
        email: { from: "a@x.example", to: "b@y.example" },
        status: { from: "active", to: "inactive" },
        taxId: { from: null, to: "12-3" },
      }),
    ).toEqual({
      email: { from: "a•••@x.example", to: "b•••@y.example" },
      status: { from: "active", to: "inactive" },
      taxId: { from: null, to: "•••" },
    });
  });

  it("recognizes a masked value sent back", () => {
    expect(holdsMask("a•••@x.example")).toBe(true);
    expect(holdsMask("ada@x.example")).toBe(false);
    expect(holdsMask(42)).toBe(false);
  });
});

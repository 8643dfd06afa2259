// Consent columns in a file: marketing consent as yes/no or its label, flags as yes/no, the preferred contact
// method by name; the customer export's consent headers map back to the same fields.
import { describe, expect, it } from "vitest";
import { applyMapping } from "@/lib/imports/map/apply";
import { proposeMapping } from "@/lib/imports/map/propose";

const headers = [
  "Name",
  "Marketing consent",
  "Newsletter",
  "Preferred contact method",
  "Email verified",
  "Phone verified",
];

describe("consent columns", () => {
  it("map the export's consent headers to the consent fields", () => {
    const targets = proposeMapping(headers).map((entry) => entry.target);
    expect(targets).toEqual([
      "name",
      "marketingConsent",
      "newsletter",
      "preferredContactMethod",
      "emailVerified",
      "phoneVerified",
    ]);
  });

  it.each([
    ["yes", "granted"],
    ["Opted-in", "granted"],
    ["no", "withdrawn"],
    ["unsubscribed", "withdrawn"],
    ["Not asked", "not_asked"],
    ["Granted", "granted"],
    ["perhaps", "perhaps"],
  ])("reads marketing consent %j as %j", (cell, value) => {
    const mapping = proposeMapping(headers);
    expect(applyMapping(["Acme", cell, "", "", "", ""], mapping).customer.marketingConsent).toBe(value);
  });

  it("reads flags as yes/no and the contact method by its name", () => {
    const mapping = proposeMapping(headers);
    expect(applyMapping(["Acme", "", "Yes", "Text message", "1", "no"], mapping).customer).toMatchObject({
      newsletter: true,
      preferredContactMethod: "sms",
      emailVerified: true,
      phoneVerified: false,
    });
  });
});

// Customer validation shared by the react-hook-form client form and the server (no server imports).
import { z } from "zod";
import { getCountryName, isCountryCode } from "@/lib/fields/countries";
import { customerFieldsSchema, limits, type CustomerFields } from "@/lib/customers/fields";
import { buildPersonName } from "@/lib/fields/normalize";
import { normalizePhone } from "@/lib/fields/phone";
import { getPostalCodeLabel, normalizePostalCode } from "@/lib/fields/postal-codes";
import { withConsentDefaults } from "@/lib/consent/options";

type Issue = { path: string; message: string };

/** Region used to read national phone numbers and postal codes; undefined when the country is invalid. */
function regionOf(fields: CustomerFields): string | null | undefined {
  if (fields.country == null) return null;
  return typeof fields.country === "string" && isCountryCode(fields.country) ? fields.country : undefined;
}

/** Rules spanning several fields: the person name, phones and postal code read for the country. */
function findCrossFieldIssues(fields: CustomerFields): Issue[] {
  const issues: Issue[] = [];
  const builtName = fields.kind === "person" ? buildPersonName(fields.firstName, fields.lastName) : "";
  if (!fields.name && !builtName) {
    issues.push(
      fields.kind === "person"
        ? { path: "firstName", message: "Enter a first or last name" }
        : { path: "name", message: "Name is required" },
    );
  } else if (!fields.name && builtName.length > limits.name) {
    issues.push({ path: "name", message: `Name must be at most ${limits.name} characters` });
  }
  const region = regionOf(fields);
  if (region === undefined) return issues;
  for (const path of ["phone", "secondaryPhone"] as const) {
    const phone = fields[path];
    if (typeof phone === "string" && phone.length <= limits.phone && !normalizePhone(phone, region)) {
      issues.push({ path, message: "Enter a valid phone number" });
    }
  }
  issues.push(...postalCodeIssues("postalCode", fields.postalCode, region));
  if (fields.shippingSameAsBilling === false) {
    issues.push(...postalCodeIssues("shippingPostalCode", fields.shippingPostalCode, shippingRegionOf(fields)));
  }
  return issues;
}

/** The shipping address is read for its own country, or the billing country when it has none. */
function shippingRegionOf(fields: CustomerFields): string | null | undefined {
  return fields.shippingCountry ?? regionOf(fields);
}

function postalCodeIssues(path: string, postalCode: string | null, region: string | null | undefined): Issue[] {
  const check = region && typeof postalCode === "string" && postalCode.length <= limits.postalCode;
  if (!check || normalizePostalCode(postalCode, region).ok) return [];
  return [{ path, message: `Enter a valid ${getPostalCodeLabel(region)} for ${getCountryName(region)}` }];
}

/** With "same as billing" (the default) no separate shipping address is kept. */
function completeShipping(fields: CustomerFields) {
  const sameAsBilling = fields.shippingSameAsBilling ?? true;
  const region = shippingRegionOf(fields) ?? null;
  const postalCode = fields.shippingPostalCode && normalizePostalCode(fields.shippingPostalCode, region);
  const keep = <T>(value: T) => (sameAsBilling ? null : value);
  return {
    shippingSameAsBilling: sameAsBilling,
    shippingLine1: keep(fields.shippingLine1),
    shippingLine2: keep(fields.shippingLine2),
    shippingCity: keep(fields.shippingCity),
    shippingRegion: keep(fields.shippingRegion),
    shippingPostalCode: keep(postalCode && postalCode.ok ? postalCode.value : null),
    shippingCountry: keep(fields.shippingCountry),
  };
}

/** The stored form: defaults applied, name built for persons, phones in E.164, postal codes laid out. */
function completeCustomer(fields: CustomerFields) {
  const region = regionOf(fields) ?? null;
  const phone = fields.phone && normalizePhone(fields.phone, region);
  const secondaryPhone = fields.secondaryPhone && normalizePhone(fields.secondaryPhone, region);
  const postalCode = fields.postalCode && normalizePostalCode(fields.postalCode, region);
  const kind = fields.kind ?? "company";
  return {
    ...withConsentDefaults(fields),
    kind,
    status: fields.status ?? "active",
    name: fields.name || (kind === "person" ? buildPersonName(fields.firstName, fields.lastName) : ""),
    // Only a person has a date of birth: switching to company drops it.
    dateOfBirth: kind === "person" ? (fields.dateOfBirth ?? null) : null,
    phone: phone || null,
    phoneType: phone ? fields.phoneType : null,
    secondaryPhone: secondaryPhone || null,
    secondaryPhoneType: secondaryPhone ? fields.secondaryPhoneType : null,
    postalCode: postalCode && postalCode.ok ? postalCode.value : null,
    customerType: fields.customerType ?? "standard",
    ...completeShipping(fields),
  };
}

/** Create (and full edit): every field; the form and the server parse with it. */
export const customerInputSchema = customerFieldsSchema
  .superRefine(
    (fields, ctx) => {
      for (const issue of findCrossFieldIssues(fields)) {
        ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message, input: fields });
      }
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  .transform(completeCustomer);

export type CustomerInput = z.input<typeof customerInputSchema>;
/** A validated, normalized customer, ready to store. */
export type CustomerData = z.output<typeof customerInputSchema>;

const version = z.number({ error: "Reload the customer and try again" }).int().positive();

/** REST PATCH: any subset of fields; `version` optional. Cross-field rules run on the merged record. */
export const customerPatchSchema = customerFieldsSchema.partial().extend({ version: version.optional() });

/** The UI edit form: like the patch, but `version` is required for optimistic concurrency. */
export const customerUpdateSchema = customerFieldsSchema.partial().extend({ version });

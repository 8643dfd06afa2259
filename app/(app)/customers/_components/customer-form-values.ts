// The customer form's values: blank for a new customer, or a stored customer laid out for editing.
import type { Customer } from "@/lib/generated/prisma/client";
import { buildPersonName } from "@/lib/fields/normalize";
import { toDateText } from "@/lib/format";
import type { CustomerInput } from "@/lib/customers/schemas";

/** Values as the form holds them: text as strings (blank, never null), tags as a list. */
export type CustomerFormValues = CustomerInput;

/** Fields edited with a text input or a select (everything but tags); a date input's value is text too. */
export type CustomerTextFieldName = {
  [K in keyof CustomerInput]-?: Exclude<NonNullable<CustomerInput[K]>, Date> extends string ? K : never;
}[keyof CustomerInput];

export function buildNewCustomerValues(defaults: { country: string; currency: string }): CustomerFormValues {
  return {
    kind: "company",
    status: "active",
    name: "",
    displayName: "",
    firstName: "",
    lastName: "",
    accountNumber: "",
    email: "",
    phone: "",
    phoneType: "",
    secondaryPhone: "",
    secondaryPhoneType: "",
    website: "",
    taxId: "",
    dateOfBirth: "",
    addressLine1: "",
    addressLine2: "",
    city: "",
    region: "",
    postalCode: "",
    country: defaults.country,
    currency: defaults.currency,
    language: "",
    tags: [],
    notes: "",
    source: "",
    customerSince: "",
    tierId: "",
    customerType: "standard",
    creditLimit: "",
    paymentTermsDays: "",
    shippingSameAsBilling: true,
    shippingLine1: "",
    shippingLine2: "",
    shippingCity: "",
    shippingRegion: "",
    shippingPostalCode: "",
    shippingCountry: "",
    preferredShippingMethod: "",
    internalNotes: "",
    marketingConsent: "not_asked",
    newsletter: false,
    preferredContactMethod: "",
    emailVerified: false,
    phoneVerified: false,
  };
}

export function toCustomerFormValues(c: Customer): CustomerFormValues {
  // A person's name that was built from first and last name stays automatic while editing.
  const nameIsBuilt = c.kind === "person" && c.name === buildPersonName(c.firstName, c.lastName);
  return {
    kind: c.kind,
    status: c.status,
    name: nameIsBuilt ? "" : c.name,
    displayName: c.displayName ?? "",
    firstName: c.firstName ?? "",
    lastName: c.lastName ?? "",
    accountNumber: c.accountNumber ?? "",
    email: c.email ?? "",
    phone: c.phone ?? "",
    phoneType: c.phoneType ?? "",
    secondaryPhone: c.secondaryPhone ?? "",
    secondaryPhoneType: c.secondaryPhoneType ?? "",
    website: c.website ?? "",
    taxId: c.taxId ?? "",
    dateOfBirth: c.dateOfBirth ?? "",
    addressLine1: c.addressLine1 ?? "",
    addressLine2: c.addressLine2 ?? "",
    city: c.city ?? "",
    region: c.region ?? "",
    postalCode: c.postalCode ?? "",
    country: c.country ?? "",
    currency: c.currency ?? "",
    language: c.language ?? "",
    tags: c.tags,
    notes: c.notes ?? "",
    source: c.source ?? "",
    customerSince: toDateText(c.customerSince) ?? "",
    tierId: c.tierId ?? "",
    customerType: c.customerType,
    creditLimit: c.creditLimit?.toFixed(2) ?? "",
    paymentTermsDays: c.paymentTermsDays === null ? "" : String(c.paymentTermsDays),
    shippingSameAsBilling: c.shippingSameAsBilling,
    shippingLine1: c.shippingLine1 ?? "",
    shippingLine2: c.shippingLine2 ?? "",
    shippingCity: c.shippingCity ?? "",
    shippingRegion: c.shippingRegion ?? "",
    shippingPostalCode: c.shippingPostalCode ?? "",
    shippingCountry: c.shippingCountry ?? "",
    preferredShippingMethod: c.preferredShippingMethod ?? "",
    internalNotes: c.internalNotes ?? "",
    marketingConsent: c.marketingConsent,
    newsletter: c.newsletter,
    preferredContactMethod: c.preferredContactMethod ?? "",
    emailVerified: c.emailVerified,
    phoneVerified: c.phoneVerified,
  };
}

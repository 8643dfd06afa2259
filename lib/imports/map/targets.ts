// Where a file column can go: every customer input field (by its schema name), the tier by name, and the contact.

export type ImportTargetKey =
  | "name"
  | "company"
  | "kind"
  | "displayName"
  | "firstName"
  | "lastName"
  | "accountNumber"
  | "status"
  | "email"
  | "phone"
  | "phoneType"
  | "secondaryPhone"
  | "secondaryPhoneType"
  | "website"
  | "taxId"
  | "language"
  | "tags"
  | "notes"
  | "source"
  | "customerSince"
  | "dateOfBirth"
  | "addressLine1"
  | "addressLine2"
  | "city"
  | "region"
  | "postalCode"
  | "country"
  | "shippingLine1"
  | "shippingLine2"
  | "shippingCity"
  | "shippingRegion"
  | "shippingPostalCode"
  | "shippingCountry"
  | "currency"
  | "customerType"
  | "tier"
  | "creditLimit"
  | "paymentTermsDays"
  | "preferredShippingMethod"
  | "internalNotes"
  | "marketingConsent"
  | "newsletter"
  | "preferredContactMethod"
  | "emailVerified"
  | "phoneVerified"
  | "contact.firstName"
  | "contact.lastName"
  | "contact.email"
  | "contact.phone"
  | "contact.mobile"
  | "contact.jobTitle"
  | "contact.primary"
  | "contact.marketingConsent"
  | "contact.newsletter"
  | "contact.preferredContactMethod"
  | "contact.emailVerified"
  | "contact.phoneVerified";

/** "notes" also takes any column as "Header: value" lines; "ignore" drops the column. */
export type MappingTarget = ImportTargetKey | "ignore";
export type ImportTargetGroup = "Customer" | "Address" | "Commercial" | "Consent" | "Contact";

export interface ImportTarget {
  key: ImportTargetKey;
  label: string;
  group: ImportTargetGroup;
  required?: boolean;
  /** Several columns may feed it (their values are combined). */
  multiple?: boolean;
  /** Numbers and dates are read in the column's convention (1.234,56 or 1,234.56; day or month first). */
  value?: "number" | "date";
}

export const importTargets: ReadonlyArray<ImportTarget> = [
  { key: "name", label: "Name", group: "Customer" },
  { key: "company", label: "Company name", group: "Customer" },
  { key: "kind", label: "Kind (company or person)", group: "Customer" },
  { key: "displayName", label: "Display name", group: "Customer" },
  { key: "firstName", label: "First name", group: "Customer" },
  { key: "lastName", label: "Last name", group: "Customer" },
  { key: "accountNumber", label: "Account number", group: "Customer" },
  { key: "status", label: "Status", group: "Customer" },
  { key: "email", label: "Email", group: "Customer" },
  { key: "phone", label: "Phone", group: "Customer" },
  { key: "phoneType", label: "Phone type", group: "Customer" },
  { key: "secondaryPhone", label: "Secondary phone", group: "Customer" },
  { key: "secondaryPhoneType", label: "Secondary phone type", group: "Customer" },
  { key: "website", label: "Website", group: "Customer" },
  { key: "taxId", label: "Tax ID", group: "Customer" },
  { key: "language", label: "Language", group: "Customer" },
  { key: "tags", label: "Tags", group: "Customer", multiple: true },
  { key: "notes", label: "Notes", group: "Customer", multiple: true },
  { key: "source", label: "Source", group: "Customer" },
  { key: "customerSince", label: "Customer since", group: "Customer", value: "date" },
  { key: "dateOfBirth", label: "Date of birth", group: "Customer", value: "date" },
  { key: "addressLine1", label: "Address line 1", group: "Address" },
  { key: "addressLine2", label: "Address line 2", group: "Address" },
  { key: "city", label: "City", group: "Address" },
  { key: "region", label: "State or province", group: "Address" },
  { key: "postalCode", label: "Postal code", group: "Address" },
  { key: "country", label: "Country", group: "Address" },
  { key: "shippingLine1", label: "Shipping address line 1", group: "Address" },
  { key: "shippingLine2", label: "Shipping address line 2", group: "Address" },
  { key: "shippingCity", label: "Shipping city", group: "Address" },
  { key: "shippingRegion", label: "Shipping state or province", group: "Address" },
  { key: "shippingPostalCode", label: "Shipping postal code", group: "Address" },
  { key: "shippingCountry", label: "Shipping country", group: "Address" },
  { key: "currency", label: "Currency", group: "Commercial" },
  { key: "customerType", label: "Customer type", group: "Commercial" },
  { key: "tier", label: "Tier (by name)", group: "Commercial" },
  { key: "creditLimit", label: "Credit limit", group: "Commercial", value: "number" },
  { key: "paymentTermsDays", label: "Payment terms (days)", group: "Commercial", value: "number" },
  { key: "preferredShippingMethod", label: "Preferred shipping method", group: "Commercial" },
  { key: "internalNotes", label: "Internal notes", group: "Commercial" },
  { key: "marketingConsent", label: "Marketing consent (granted, withdrawn, not asked; yes/no)", group: "Consent" },
  { key: "newsletter", label: "Newsletter (yes/no)", group: "Consent" },
  { key: "preferredContactMethod", label: "Preferred contact method", group: "Consent" },
  { key: "emailVerified", label: "Email verified (yes/no)", group: "Consent" },
  { key: "phoneVerified", label: "Phone verified (yes/no)", group: "Consent" },
  { key: "contact.firstName", label: "Contact first name", group: "Contact" },
  { key: "contact.lastName", label: "Contact last name", group: "Contact" },
  { key: "contact.email", label: "Contact email", group: "Contact" },
  { key: "contact.phone", label: "Contact phone", group: "Contact" },
  { key: "contact.mobile", label: "Contact mobile", group: "Contact" },
  { key: "contact.jobTitle", label: "Contact job title", group: "Contact" },
  { key: "contact.primary", label: "Contact is primary (yes/no)", group: "Contact" },
  { key: "contact.marketingConsent", label: "Contact marketing consent", group: "Contact" },
  { key: "contact.newsletter", label: "Contact newsletter (yes/no)", group: "Contact" },
  { key: "contact.preferredContactMethod", label: "Contact preferred contact method", group: "Contact" },
  { key: "contact.emailVerified", label: "Contact email verified (yes/no)", group: "Contact" },
  { key: "contact.phoneVerified", label: "Contact phone verified (yes/no)", group: "Contact" },
];

const byKey = new Map(importTargets.map((target) => [target.key, target]));

/** Every value a column mapping's target may take (the REST schema lists them). */
export const mappingTargets: readonly [MappingTarget, ...MappingTarget[]] = [
  "ignore",
  ...importTargets.map((target) => target.key),
];

export function getImportTarget(key: string): ImportTarget | undefined {
  return byKey.get(key as ImportTargetKey);
}

export function isMappingTarget(value: unknown): value is MappingTarget {
  return value === "ignore" || (typeof value === "string" && byKey.has(value as ImportTargetKey));
}

export function targetLabel(target: MappingTarget): string {
  return target === "ignore" ? "Ignore" : (byKey.get(target)?.label ?? target);
}

export function isMultiple(target: MappingTarget): boolean {
  return target === "ignore" || byKey.get(target)?.multiple === true;
}

export const importTargetGroups: readonly ImportTargetGroup[] = [
  "Customer",
  "Address",
  "Commercial",
  "Consent",
  "Contact",
];

// Display helpers for timeline entries, safe on the client and the server (no server imports).
import type { DisplayPrefs } from "@/lib/display-prefs";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/number-format";
import { customerKindLabels, customerStatusLabels, phoneTypeLabels } from "@/lib/customers/options";
import { customerTypeLabels } from "@/lib/customers/terms";
import { contactMethodLabels, contactRoleLabels } from "@/lib/contacts/options";
import { linkStatusLabels, relationshipLabels } from "@/lib/asset-links/options";
import { marketingConsentLabels } from "@/lib/consent/options";
import { workOrderPriorityLabels, workOrderStatusLabels, workOrderTypeLabels } from "@/lib/work-orders/options";

const fieldLabels: Record<string, string> = {
  addressLine1: "Address line 1",
  addressLine2: "Address line 2",
  taxId: "Tax ID",
  region: "State or province",
  dueDate: "Due date",
  primaryCustomer: "Primary customer",
  customerName: "Customer",
  leadTechnician: "Lead technician",
  tierId: "Tier",
  ownerId: "Owner",
  paymentTermsDays: "Payment terms (days)",
};

/** `secondaryPhone` → "Secondary phone", unless it has its own label. */
export function fieldLabel(field: string): string {
  const known = fieldLabels[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * A recorded value as text: ids by the names in `labels` (a tier, an owner), empty for null, lists
 * joined, yes/no for flags, calendar dates (UTC midnight) as dates and moments in the viewer's zone, in the viewer's locale.
 */
export function formatValue(value: unknown, labels: Record<string, string>, prefs: DisplayPrefs): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string" && Object.hasOwn(labels, value)) return labels[value] ?? value;
  if (Array.isArray(value))
    return value.length > 0 ? value.map((item) => formatValue(item, labels, prefs)).join(", ") : "(empty)";
  if (typeof value === "string" && isoDateTime.test(value)) {
    return value.endsWith("T00:00:00.000Z") ? formatCalendarDate(value, prefs) : formatDateTime(value, prefs);
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Diff fields that hold money, in the customer's currency. */
export const moneyFields: ReadonlySet<string> = new Set(["creditLimit"]);

const decimal = /^-?\d+(\.\d+)?$/;

/** Diff fields that hold a calendar date, recorded as `YYYY-MM-DD` (lib/customers/fields.ts recordedCustomerValue). */
const calendarDateFields: ReadonlySet<string> = new Set(["customerSince", "dateOfBirth"]);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

type Changes = Record<string, { from: unknown; to: unknown }>;

/** Fields holding a fixed choice, per kind of record, with the labels people read ("co_owner" → "Co-owner"). */
const choiceLabels: Record<string, Record<string, Record<string, string>>> = {
  customer: {
    kind: customerKindLabels,
    status: customerStatusLabels,
    phoneType: phoneTypeLabels,
    secondaryPhoneType: phoneTypeLabels,
    customerType: customerTypeLabels,
    marketingConsent: marketingConsentLabels,
    preferredContactMethod: contactMethodLabels,
  },
  contact: {
    roles: contactRoleLabels,
    preferredContactMethod: contactMethodLabels,
    marketingConsent: marketingConsentLabels,
  },
  asset_link: { relationship: relationshipLabels, status: linkStatusLabels },
  work_order: { status: workOrderStatusLabels, type: workOrderTypeLabels, priority: workOrderPriorityLabels },
};

/**
 * One side of a field's recorded change as text. Money is shown in the viewer's locale with the currency that
 * side had: the entry's own currency change when it has one ("Credit limit: 25.000,00 € → $30,000.00"), else the
 * customer's currency at the time (`entry.currency`).
 */
export function formatChangeValue(
  entry: { changes: Changes | null; labels: Record<string, string>; currency: string | null; entityType?: string },
  field: string,
  side: "from" | "to",
  prefs: DisplayPrefs,
): string {
  const value = entry.changes?.[field]?.[side];
  const choices = entry.entityType ? choiceLabels[entry.entityType]?.[field] : undefined;
  if (choices) return formatValue(value, { ...choices, ...entry.labels }, prefs);
  if (moneyFields.has(field) && (typeof value === "number" || (typeof value === "string" && decimal.test(value)))) {
    const currencyChange = entry.changes?.currency;
    const currency = currencyChange ? currencyChange[side] : entry.currency;
    return formatMoney(value, typeof currency === "string" ? currency : null, prefs);
  }
  if (calendarDateFields.has(field) && typeof value === "string" && isoDay.test(value)) {
    return formatCalendarDate(value, prefs);
  }
  return formatValue(value, entry.labels, prefs);
}

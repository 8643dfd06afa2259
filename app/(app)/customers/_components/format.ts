// Display formatting shared by the customer list and detail: phones, countries, dates, labels.
import { parsePhoneNumberFromString } from "libphonenumber-js";
import {
  customerKindOptions,
  customerStatusOptions,
  phoneTypeOptions,
  type CustomerKind,
  type CustomerStatus,
} from "@/lib/customers/options";
import { getCountryName } from "@/lib/fields/countries";

/** "+18655550101" → "+1 865 555 0101"; anything unparsable is shown as stored. */
export function formatPhone(phone: string | null): string {
  if (!phone) return "";
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
}

export function formatCountry(code: string | null): string {
  return code ? getCountryName(code) : "";
}

export function formatLocation(city: string | null, country: string | null): string {
  return [city, formatCountry(country)].filter(Boolean).join(", ");
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

function labelOf<T extends string>(options: { value: T; label: string }[], value: T | string | null) {
  return options.find((option) => option.value === value)?.label ?? value ?? "";
}

export const formatStatus = (status: CustomerStatus | string) => labelOf(customerStatusOptions, status);
export const formatKind = (kind: CustomerKind | string) => labelOf(customerKindOptions, kind);
export const formatPhoneType = (type: string | null) => labelOf(phoneTypeOptions, type);

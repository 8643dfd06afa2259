// Display formatting shared by the customer list and detail: countries and labels.
import { customerKindOptions, customerStatusOptions, phoneTypeOptions } from "@/lib/customers/options";
import { getCountryName } from "@/lib/fields/countries";
import { labelOf } from "@/lib/fields/options";

/** The country's name in the viewer's language (the same text on the server and in the browser). */
export function formatCountry(code: string | null, locale: string): string {
  return code ? getCountryName(code, locale) : "";
}

export const formatStatus = (status: string) => labelOf(customerStatusOptions, status) ?? "";
export const formatKind = (kind: string) => labelOf(customerKindOptions, kind) ?? "";
export const formatPhoneType = (type: string | null) => labelOf(phoneTypeOptions, type) ?? "";

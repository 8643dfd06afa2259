// Display formatting shared by the customer list and detail: countries and labels.
import { customerKindOptions, customerStatusOptions, phoneTypeOptions } from "@/lib/customers/options";
import { getCountryName } from "@/lib/fields/countries";
import { labelOf } from "@/lib/fields/options";

export function formatCountry(code: string | null): string {
  return code ? getCountryName(code) : "";
}

export const formatStatus = (status: string) => labelOf(customerStatusOptions, status) ?? "";
export const formatKind = (kind: string) => labelOf(customerKindOptions, kind) ?? "";
export const formatPhoneType = (type: string | null) => labelOf(phoneTypeOptions, type) ?? "";

// Display formatting shared by the customer list and detail: labels (country names: components/country-name.tsx).
import { customerKindOptions, customerStatusOptions, phoneTypeOptions } from "@/lib/customers/options";
import { labelOf } from "@/lib/fields/options";

export const formatStatus = (status: string) => labelOf(customerStatusOptions, status) ?? "";
export const formatKind = (kind: string) => labelOf(customerKindOptions, kind) ?? "";
export const formatPhoneType = (type: string | null) => labelOf(phoneTypeOptions, type) ?? "";

// The customer resource as integrators see it: every stored field except internal search data, money
// as a two-decimal string, "Customer since" as YYYY-MM-DD, and the staff-only internal notes only when asked for.
// The merge columns are left out: a customer the API answers with is never merged (a merged one redirects).
// Reads take `?fields` and `?exclude=pii` (lib/api/field-selection.ts) over the fields documented here.
import type { Customer } from "@/lib/generated/prisma/client";
import { selectFields, type FieldSelection, type SelectableResource } from "@/lib/api/field-selection";
import { customerResourceDoc, customerSummaryDoc } from "@/lib/openapi/resources/customer-schemas";
import { customerPersonalFields } from "@/lib/privacy/fields";
import { toDateText } from "@/lib/format";
import type { CustomerListResult, CustomerListRow } from "@/lib/customers/queries";
import { splitValues } from "@/lib/list-params";

export type CustomerResource = Omit<
  Customer,
  | "searchText"
  | "organizationId"
  | "creditLimit"
  | "customerSince"
  | "internalNotes"
  | "mergedIntoId"
  | "mergedAt"
  | "mergedById"
> & {
  creditLimit: string | null;
  customerSince: string | null;
  internalNotes?: string | null;
  /** Shown with limited details (visibility mode): its personal fields are masked. */
  masked: boolean;
};

/** `?include=internalNotes` (comma-separated list) opts in to the staff-only internal notes. */
export function readCustomerIncludes(request: Request): { internalNotes: boolean } {
  const include = splitValues(new URL(request.url).searchParams.getAll("include"));
  return { internalNotes: include.includes("internalNotes") };
}

/** A customer's fields as GET /customers/{id} can select them. */
export const selectableCustomer: SelectableResource = {
  label: "customer",
  fields: Object.keys(customerResourceDoc.shape),
  personal: customerPersonalFields,
};

/** A list row's fields (GET /customers, POST /customers/search). */
export const selectableCustomerRow: SelectableResource = {
  label: "customer list",
  fields: Object.keys(customerSummaryDoc.shape),
  personal: customerPersonalFields,
};

/** The customer as a read answers it: its included fields, then those `?fields`/`?exclude` select. */
export function toSelectedCustomer(
  customer: Customer & { masked?: boolean },
  opts: { internalNotes: boolean },
  selection: FieldSelection,
) {
  return selectFields(toCustomerResource(customer, opts), selection, customerPersonalFields);
}

export function toCustomerResource(
  customer: Customer & { masked?: boolean },
  opts: { internalNotes?: boolean } = {},
): CustomerResource {
  const {
    masked = false,
    searchText: _searchText,
    organizationId: _organizationId,
    internalNotes,
    creditLimit,
    customerSince,
    mergedIntoId: _mergedIntoId,
    mergedAt: _mergedAt,
    mergedById: _mergedById,
    ...resource
  } = customer;
  return {
    ...resource,
    creditLimit: creditLimit?.toFixed(2) ?? null,
    customerSince: toDateText(customerSince),
    ...(opts.internalNotes && { internalNotes }),
    masked,
  };
}

/**
 * A list row as the API answers it: a fixed set of fields (documented as CustomerSummary), so columns
 * the app's table gains do not silently change what integrators receive.
 */
function toCustomerSummary(row: CustomerListRow) {
  const { id, kind, name, displayName, accountNumber, email, phone, status, city, country, tags, tier, owner } = row;
  const { primaryContact, lastActivityAt, createdAt, updatedAt, archivedAt, matchedAsset, masked } = row;
  return {
    ...{ id, kind, name, displayName, accountNumber, email, phone, status, city, country, tags, tier, owner },
    ...{ primaryContact, lastActivityAt, createdAt, updatedAt, archivedAt, matchedAsset, masked },
  };
}

/** One page of the list as the API answers it: GET /customers and POST /customers/search alike (the total may be capped or estimated). */
export function toCustomerPage(
  { rows, total, totalCapped, totalEstimated, page, perPage, pageCount }: CustomerListResult,
  selection: FieldSelection,
) {
  const data = rows.map((row) => selectFields(toCustomerSummary(row), selection, customerPersonalFields));
  return { data, meta: { total, totalCapped, totalEstimated, page, perPage, pageCount } };
}

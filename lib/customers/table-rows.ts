// The customers table's rows as they cross to the browser: what every row needs to be recognized and opened,
// plus only the fields of the shown columns (`?cols=`), so hidden columns add nothing to the page's weight.
import type { CustomerColumnId } from "@/lib/customers/columns";
import type { CustomerListResult, CustomerListRow } from "@/lib/customers/queries";

type RowBase = Pick<CustomerListRow, "id" | "kind" | "name" | "displayName" | "archivedAt" | "matchedAsset" | "masked">;
type ColumnField = Exclude<keyof CustomerListRow, keyof RowBase>;

/** A table row: the base fields, and each shown column's fields (absent when the column is hidden). */
export type CustomerTableRow = RowBase & Partial<Pick<CustomerListRow, ColumnField>>;

export type CustomerTableResult = Omit<CustomerListResult, "rows"> & { rows: CustomerTableRow[] };

const fieldsOf: Record<CustomerColumnId, readonly ColumnField[]> = {
  name: [],
  accountNumber: ["accountNumber"],
  email: ["email"],
  phone: ["phone"],
  status: ["status"],
  kind: [],
  city: ["city"],
  country: ["country"],
  tier: ["tier"],
  owner: ["owner"],
  primaryContact: ["primaryContact"],
  tags: ["tags"],
  lastActivity: ["lastActivityAt"],
  customerSince: ["customerSince"],
  createdAt: ["createdAt"],
  updatedAt: ["updatedAt"],
};

function toCustomerTableRow(row: CustomerListRow, columns: readonly CustomerColumnId[]): CustomerTableRow {
  const { id, kind, name, displayName, archivedAt, matchedAsset, masked } = row;
  const shown: CustomerTableRow = { id, kind, name, displayName, archivedAt, matchedAsset, masked };
  const target = shown as Record<ColumnField, unknown>;
  for (const field of columns.flatMap((column) => fieldsOf[column])) target[field] = row[field];
  return shown;
}

export function toCustomerTableResult(
  result: CustomerListResult,
  columns: readonly CustomerColumnId[],
): CustomerTableResult {
  return { ...result, rows: result.rows.map((row) => toCustomerTableRow(row, columns)) };
}

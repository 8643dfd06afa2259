// The customer list's columns: stable ids shared by the table, the column chooser (`?cols=`),
// saved views and the export, with their labels, whether the server can sort by them and
// whether they show by default. No server imports: the client table reads it too.
import { splitValues } from "@/lib/list-params";

export const customerColumnIds = [
  "name",
  "accountNumber",
  "email",
  "phone",
  "status",
  "kind",
  "city",
  "country",
  "tier",
  "owner",
  "primaryContact",
  "tags",
  "lastActivity",
  "customerSince",
  "createdAt",
  "updatedAt",
] as const;
export type CustomerColumnId = (typeof customerColumnIds)[number];

export interface CustomerColumnSpec {
  id: CustomerColumnId;
  label: string;
  /** The id is also a server sort key (`?sort=<id>` / `-<id>`). */
  sortable: boolean;
  defaultVisible: boolean;
  /** False for the name: a row without it cannot be recognized or opened. */
  hideable: boolean;
}

const spec = (
  id: CustomerColumnId,
  label: string,
  { sortable = true, defaultVisible = true, hideable = true }: Partial<Omit<CustomerColumnSpec, "id" | "label">> = {},
): CustomerColumnSpec => ({ id, label, sortable, defaultVisible, hideable });

/** In display order. */
export const customerColumns: readonly CustomerColumnSpec[] = [
  spec("name", "Name", { hideable: false }),
  spec("accountNumber", "Account"),
  spec("email", "Email"),
  // Off by default so the default columns fit a laptop screen; the chooser brings it back.
  spec("phone", "Phone", { defaultVisible: false }),
  spec("status", "Status"),
  spec("kind", "Kind", { defaultVisible: false }),
  spec("city", "City"),
  spec("country", "Country", { defaultVisible: false }),
  spec("tier", "Tier"),
  spec("owner", "Owner"),
  // Ordering by a joined contact's name has no index to walk on a large list; filter or search instead. Off by
  // default (with the phone) so the default columns fit a 1280 px screen.
  spec("primaryContact", "Primary contact", { sortable: false, defaultVisible: false }),
  // An array has no order worth sorting by; the Tag filter narrows by it instead.
  spec("tags", "Tags", { sortable: false }),
  spec("lastActivity", "Last activity"),
  spec("customerSince", "Customer since", { defaultVisible: false }),
  spec("createdAt", "Created", { defaultVisible: false }),
  spec("updatedAt", "Updated", { defaultVisible: false }),
];

export const customerColumnLabels = Object.fromEntries(customerColumns.map((c) => [c.id, c.label])) as Record<
  CustomerColumnId,
  string
>;

export const defaultCustomerColumnIds: CustomerColumnId[] = customerColumns
  .filter((c) => c.defaultVisible)
  .map((c) => c.id);

function isCustomerColumnId(value: string): value is CustomerColumnId {
  return (customerColumnIds as readonly string[]).includes(value);
}

/**
 * `?cols=name,status,tier` → the visible columns in display order; missing or with no known id →
 * the defaults. The name is always included.
 */
export function readCustomerColumns(value: unknown): CustomerColumnId[] {
  const chosen = new Set(splitValues(value).filter(isCustomerColumnId));
  if (chosen.size === 0) return defaultCustomerColumnIds;
  return customerColumns.filter((c) => !c.hideable || chosen.has(c.id)).map((c) => c.id);
}

/** The `?cols=` value for a set of visible columns, or null when it is the default set. */
export function serializeCustomerColumns(columns: readonly CustomerColumnId[]): string | null {
  const visible = readCustomerColumns(columns);
  const isDefault =
    visible.length === defaultCustomerColumnIds.length && visible.every((id, i) => id === defaultCustomerColumnIds[i]);
  return isDefault ? null : visible.join(",");
}

// Which timeline entries a manager may revert (safe on the client and the server): recorded changes
// to the customer's own editable fields. An ownership transfer is undone by another transfer, with a
// reason, changes to contacts, links and work orders by editing those, and a merge by undoing it.
import { customerFieldNames } from "@/lib/customers/fields";

const editable = new Set<string>(customerFieldNames);

export function isRevertible(entry: {
  type: string;
  entityType: string;
  action?: string | null;
  changes: unknown;
}): boolean {
  const { changes } = entry;
  if (entry.type !== "change" || entry.entityType !== "customer") return false;
  // A merge's field changes are undone with the merge (Undo merge), never one by one.
  if (entry.action === "merged") return false;
  if (typeof changes !== "object" || changes === null || Array.isArray(changes)) return false;
  const fields = Object.keys(changes);
  return fields.length > 0 && fields.every((field) => editable.has(field));
}

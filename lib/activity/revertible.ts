// Which timeline entries a manager may revert (safe on the client and the server): recorded changes
// to the customer's own editable fields. An ownership transfer is undone by another transfer, with a
// reason, and changes to contacts, links and work orders by editing those.
import { customerFieldNames } from "@/lib/customers/fields";

const editable = new Set<string>(customerFieldNames);

export function isRevertible(entry: { type: string; entityType: string; changes: unknown }): boolean {
  const { changes } = entry;
  if (entry.type !== "change" || entry.entityType !== "customer") return false;
  if (typeof changes !== "object" || changes === null || Array.isArray(changes)) return false;
  const fields = Object.keys(changes);
  return fields.length > 0 && fields.every((field) => editable.has(field));
}

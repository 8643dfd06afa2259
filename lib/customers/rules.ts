// Who may do what to a customer, where a rule joins a permission and the record's state: one
// predicate each, used by the pages and the bulk actions (the data layer enforces the same halves,
// FORBIDDEN for the role and CONFLICT for the state, so each failure says what is wrong).
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import type { BulkActionName } from "@/lib/customers/bulk/schemas";

/**
 * Archived customers are read-only until restored; viewers cannot edit at all; nor can anyone seeing only
 * limited details (`masked`, lib/privacy/visibility.ts: the data layer refuses that edit too).
 */
export function mayEditCustomer(role: Role, customer: { archivedAt: Date | null; masked?: boolean }): boolean {
  return customer.archivedAt === null && !customer.masked && can(role, "customer:update");
}

/** What a bulk action takes: bulk work, plus archiving customers or updating them. */
export function bulkActionPermissions(action: BulkActionName): Permission[] {
  return ["customer:bulk", action === "archive" ? "customer:archive" : "customer:update"];
}

export function mayRunBulkAction(role: Role, action: BulkActionName): boolean {
  return bulkActionPermissions(action).every((permission) => can(role, permission));
}

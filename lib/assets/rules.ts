// Who may edit an aircraft or vehicle: one predicate for its header and its edit page (updateAsset
// enforces the same halves, FORBIDDEN for the role and CONFLICT while archived).
import { can, type Role } from "@/lib/auth/permissions";

/** Archived assets are read-only until restored; viewers cannot edit at all. */
export function mayEditAsset(role: Role, asset: { archivedAt: Date | null }): boolean {
  return asset.archivedAt === null && can(role, "asset:update");
}

// Who may do what: the one table every data-layer function checks (UI, actions and REST agree).

export const roles = ["owner", "admin", "manager", "staff", "viewer"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  manager: "Manager",
  staff: "Staff",
  viewer: "Viewer",
};

const rank: Record<Role, number> = { viewer: 0, staff: 1, manager: 2, admin: 3, owner: 4 };

/** Minimum role for each permission. */
const minimumRole = {
  "customer:read": "viewer",
  "customer:create": "staff",
  "customer:update": "staff",
  "customer:archive": "manager",
  "customer:restore": "manager",
  "customer:delete": "admin",
  "asset:read": "viewer",
  "asset:create": "staff",
  "asset:update": "staff",
  "asset:archive": "manager",
  "asset:restore": "manager",
  "asset:delete": "admin",
  /** Link and unlink customers, change relationship, status or primary. */
  "assetLink:manage": "staff",
  "serviceCenter:read": "viewer",
  "serviceCenter:manage": "admin",
  "workOrder:read": "viewer",
  "workOrder:create": "staff",
  "workOrder:update": "staff",
  "workOrder:delete": "admin",
  "contact:read": "viewer",
  /** Add, edit, delete and restore contacts, and change the primary contact. */
  "contact:manage": "staff",
  "activity:read": "viewer",
  /** Log notes, calls, emails and meetings by hand. */
  "activity:create": "staff",
  /** Read the body of a note logged as sensitive (stored encrypted); viewers see that it is hidden. */
  "activity:readSensitive": "staff",
  /** Revert a field change from the timeline. */
  "activity:revert": "manager",
  "tier:read": "viewer",
  "tier:manage": "manager",
  /** See every customer's full details whatever the visibility mode (Settings → Privacy). */
  "customer:seeAll": "manager",
  /** Share any customer (the owner may share their own) with a member or a service center. */
  "customer:shareAny": "manager",
  /** Transfer any customer's ownership (the current owner may transfer their own). */
  "customer:transferAny": "manager",
  "savedView:manage": "viewer",
  /** Share a saved view with the whole organization. */
  "savedView:share": "manager",
  /** Import customers from CSV/XLSX, and undo an import. */
  "customer:import": "manager",
  /** Export the customer list (internal notes only when also allowed to read them). */
  "customer:export": "staff",
  /** Include the staff-only internal notes in an export (bulk copies leave the building easily). */
  "customer:exportInternalNotes": "manager",
  /** Run bulk actions on many customers; each row still needs the action's own permission. */
  "customer:bulk": "staff",
  /** Merge duplicate customers into one (and undo a merge). */
  "customer:merge": "manager",
  /** Review possible duplicates: see the pairs, scan for them, dismiss a pair as "not a duplicate". */
  "duplicate:review": "manager",
  /** Download everything held about one customer (subject access export). */
  "privacy:export": "manager",
  /** Erase a customer's or a contact's personal data for good (anonymization, irreversible). */
  "privacy:erase": "admin",
  "user:read": "admin",
  "user:manage": "admin",
  "apiKey:manage": "admin",
  "organization:manage": "admin",
  /** Read the organization's event feed (GET /events): every change, so admins (and admin API keys) only. */
  "event:read": "admin",
  /** Webhook endpoints: they receive every change and hold signing secrets, so admins only. */
  "webhook:manage": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof minimumRole;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return rank[role] >= rank[minimumRole[permission]];
}

/** The roles that hold `permission`, highest first (for "Only admins and owners can …"). */
export function rolesWith(permission: Permission): Role[] {
  return roles.filter((role) => can(role, permission));
}

/** Roles a member of `role` may grant to others (never above their own). */
export function assignableRoles(role: Role): Role[] {
  return roles.filter((r) => rank[r] <= rank[role] && (r !== "owner" || role === "owner"));
}

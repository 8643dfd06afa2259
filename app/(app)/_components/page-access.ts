// Pages a role may not open, and what their no-permission screen says. A page calls requirePageAccess
// with its route; a member without the permission gets HTTP 403 and app/(app)/forbidden.tsx, which finds
// the same entry by the requested path (Next.js forbidden files take no props).
import "server-only";
import { forbidden } from "next/navigation";
import type { Ctx } from "@/lib/auth/context";
import { can, type Permission } from "@/lib/auth/permissions";

interface RestrictedPage {
  permission: Permission;
  what: string;
  action: string;
  back: { href: string; label: string };
}

const toCustomers = { href: "/customers", label: "Back to customers" };
const toSettings = { href: "/settings", label: "Back to settings" };

const restrictedPages = {
  "/settings/users": {
    permission: "user:manage",
    what: "Users",
    action: "invite people and change roles",
    back: toSettings,
  },
  "/settings/api-keys": {
    permission: "apiKey:manage",
    what: "API keys",
    action: "create and revoke API keys",
    back: toSettings,
  },
  "/settings/webhooks": {
    permission: "webhook:manage",
    what: "Webhooks",
    action: "send the organization's events to other systems",
    back: toSettings,
  },
  "/settings/webhooks/:id": {
    permission: "webhook:manage",
    what: "Webhooks",
    action: "send the organization's events to other systems",
    back: toSettings,
  },
  "/settings/organization": {
    permission: "organization:manage",
    what: "the organization's settings",
    action: "change the organization's name, country and currency",
    back: toSettings,
  },
  "/settings/privacy": {
    permission: "organization:manage",
    what: "the privacy settings",
    action: "change how long personal data is kept",
    back: toSettings,
  },
  "/customers/import": {
    permission: "customer:import",
    what: "imports",
    action: "import customers from a file",
    back: toCustomers,
  },
  "/customers/imports/:id": {
    permission: "customer:import",
    what: "imports",
    action: "import customers from a file",
    back: toCustomers,
  },
  "/customers/merge": {
    permission: "customer:merge",
    what: "merging customers",
    action: "merge duplicate customers",
    back: toCustomers,
  },
  "/customers/duplicates": {
    permission: "duplicate:review",
    what: "possible duplicates",
    action: "review possible duplicate customers",
    back: toCustomers,
  },
  "/customers/new": {
    permission: "customer:create",
    what: "adding customers",
    action: "add customers",
    back: toCustomers,
  },
  "/customers/:id/edit": {
    permission: "customer:update",
    what: "editing customers",
    action: "edit customers",
    back: toCustomers,
  },
  "/aircraft/new": {
    permission: "asset:create",
    what: "adding aircraft",
    action: "add aircraft",
    back: { href: "/aircraft", label: "Back to aircraft" },
  },
  "/aircraft/:id/edit": {
    permission: "asset:update",
    what: "editing aircraft",
    action: "edit aircraft",
    back: { href: "/aircraft", label: "Back to aircraft" },
  },
  "/vehicles/new": {
    permission: "asset:create",
    what: "adding vehicles",
    action: "add vehicles",
    back: { href: "/vehicles", label: "Back to vehicles" },
  },
  "/vehicles/:id/edit": {
    permission: "asset:update",
    what: "editing vehicles",
    action: "edit vehicles",
    back: { href: "/vehicles", label: "Back to vehicles" },
  },
  "/work-orders/new": {
    permission: "workOrder:create",
    what: "opening work orders",
    action: "open work orders",
    back: { href: "/work-orders", label: "Back to work orders" },
  },
  "/work-orders/:id/edit": {
    permission: "workOrder:update",
    what: "editing work orders",
    action: "edit work orders",
    back: { href: "/work-orders", label: "Back to work orders" },
  },
} satisfies Record<string, RestrictedPage>;

type RestrictedRoute = keyof typeof restrictedPages;

/** Answers 403 with the no-permission screen unless the member's role holds the route's permission. */
export function requirePageAccess(ctx: Ctx, route: RestrictedRoute): void {
  if (!can(ctx.role, restrictedPages[route].permission)) forbidden();
}

const routePattern = (route: string) => new RegExp(`^${route.replace(/:id/g, "[^/]+")}/?$`);
const matchers = Object.entries(restrictedPages).map(([route, page]) => ({ pattern: routePattern(route), page }));

/** The restricted page a requested path (with or without its query) belongs to, if any. */
export function restrictedPageFor(path: string | null): RestrictedPage | undefined {
  const pathname = (path ?? "").split(/[?#]/)[0] ?? "";
  return matchers.find(({ pattern }) => pattern.test(pathname))?.page;
}

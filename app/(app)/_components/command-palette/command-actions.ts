// What the command palette offers besides records: pages to create, import and go to, and the settings
// sections, each only for the roles that may use it (the same permission table as the pages).
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { foldText } from "@/lib/search-text";
import { settingsSectionsFor } from "../../settings/_components/sections";

export type CommandActionGroup = "Create" | "Go to" | "Settings";

export interface CommandAction {
  label: string;
  href: string;
  group: CommandActionGroup;
  /** Other words it is found by ("add", "upload"). */
  keywords?: string[];
}

const pages: (CommandAction & { permission: Permission })[] = [
  {
    label: "New work order",
    href: "/work-orders/new",
    group: "Create",
    permission: "workOrder:create",
    keywords: ["add", "open", "quote"],
  },
  {
    label: "New customer",
    href: "/customers/new",
    group: "Create",
    permission: "customer:create",
    keywords: ["add", "client"],
  },
  {
    label: "New aircraft",
    href: "/aircraft/new",
    group: "Create",
    permission: "asset:create",
    keywords: ["add", "plane", "tail"],
  },
  {
    label: "New vehicle",
    href: "/vehicles/new",
    group: "Create",
    permission: "asset:create",
    keywords: ["add", "car", "truck"],
  },
  {
    label: "Import customers",
    href: "/customers/import",
    group: "Create",
    permission: "customer:import",
    keywords: ["upload", "csv", "excel", "xlsx"],
  },
  {
    label: "Customers",
    href: "/customers",
    group: "Go to",
    permission: "customer:read",
    keywords: ["list", "clients"],
  },
  {
    label: "Possible duplicates",
    href: "/customers/duplicates",
    group: "Go to",
    permission: "duplicate:review",
    keywords: ["merge", "dedupe", "doubles", "customers"],
  },
  { label: "Aircraft", href: "/aircraft", group: "Go to", permission: "asset:read", keywords: ["list", "planes"] },
  { label: "Vehicles", href: "/vehicles", group: "Go to", permission: "asset:read", keywords: ["list", "cars"] },
  {
    label: "Work orders",
    href: "/work-orders",
    group: "Go to",
    permission: "workOrder:read",
    keywords: ["list", "jobs"],
  },
];

/** Every action `role` may take, in the order the palette lists them. */
export function commandActionsFor(role: Role): CommandAction[] {
  const allowed = pages.filter((page) => can(role, page.permission)).map(({ permission: _, ...action }) => action);
  const settings = settingsSectionsFor(role).map(({ href, label }): CommandAction => ({
    label,
    href,
    group: "Settings",
    keywords: ["settings"],
  }));
  return [...allowed, ...settings];
}

/** The actions whose label, group or keywords contain every word typed ("new wo" → New work order). */
export function matchCommandActions(actions: CommandAction[], query: string): CommandAction[] {
  const words = foldText(query).split(" ").filter(Boolean);
  if (words.length === 0) return actions;
  return actions.filter((action) => {
    const text = foldText([action.label, action.group, ...(action.keywords ?? [])].join(" "));
    return words.every((word) => text.includes(word));
  });
}

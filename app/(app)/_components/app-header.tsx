// Top bar: brand, main navigation, the current organization (a switcher when there are several), the
// notification bell and the user menu. Below `md` the navigation and the organization move into the Menu
// button's sheet; the organization is in the user menu at every width.
import Link from "next/link";
import { Building2Icon } from "lucide-react";
import type { Ctx } from "@/lib/auth/context";
import type { UserOrganization } from "@/lib/auth/membership";
import { settingsSectionsFor } from "../settings/_components/sections";
import { MobileNav } from "./mobile-nav";
import { NavLinks, type NavItem } from "./nav-links";
import { SearchButton } from "./command-palette/search-button";
import { OrganizationSwitcher } from "./organization-switcher";
import { UserMenu } from "./user-menu";
import { NotificationBell } from "./notification-bell";

interface Props {
  ctx: Ctx;
  user: { name: string; email: string };
  organizations: UserOrganization[];
  unreadNotifications: number;
}

export function AppHeader({ ctx, user, organizations, unreadNotifications }: Props) {
  const items: NavItem[] = [
    { href: "/customers", label: "Customers" },
    { href: "/aircraft", label: "Aircraft" },
    { href: "/vehicles", label: "Vehicles" },
    { href: "/work-orders", label: "Work orders" },
  ];
  const settings = settingsSectionsFor(ctx.role)[0];
  if (settings) items.push({ href: settings.href, label: "Settings", match: "/settings" });
  const organizationName = organizations.find((o) => o.id === ctx.orgId)?.name ?? "";
  const switcher = (placement: "header" | "sheet") =>
    organizations.length > 1 ? (
      <OrganizationSwitcher organizations={organizations} currentId={ctx.orgId} placement={placement} />
    ) : null;

  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
      <div className="mx-auto flex h-14 w-full max-w-7xl items-center gap-2 px-4 sm:px-6 md:gap-4">
        <MobileNav
          items={items}
          organization={
            <>
              <span className="text-xs font-medium text-muted-foreground">Organization</span>
              {switcher("sheet") ?? <span className="truncate text-sm font-medium">{organizationName}</span>}
            </>
          }
        />
        <Link
          href="/customers"
          className="flex shrink-0 items-center gap-2 rounded-md font-semibold outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <span className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
            <Building2Icon className="size-4" aria-hidden="true" />
          </span>
          {/* Always the link's name; shown where the navigation leaves room for it. */}
          <span className="md:sr-only lg:not-sr-only">Customer Hub</span>
        </Link>
        <NavLinks items={items} className="hidden md:block" />
        {/* The global search box goes first in this group: it may grow and must shrink to fit. */}
        <div className="ml-auto flex min-w-0 flex-1 items-center justify-end gap-2">
          <SearchButton role={ctx.role} />
          {switcher("header") ?? (
            <span className="hidden max-w-48 truncate text-sm text-muted-foreground lg:inline" title={organizationName}>
              {organizationName}
            </span>
          )}
          <NotificationBell unread={unreadNotifications} />
          <UserMenu name={user.name} email={user.email} organizationName={organizationName} role={ctx.role} />
        </div>
      </div>
    </header>
  );
}

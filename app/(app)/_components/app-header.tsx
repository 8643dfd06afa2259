// Top bar: brand, main navigation, the current organization (a switcher when there are several)
// and the user menu.
import Link from "next/link";
import { Building2Icon } from "lucide-react";
import type { Ctx } from "@/lib/auth/context";
import type { UserOrganization } from "@/lib/auth/membership";
import { settingsSectionsFor } from "../settings/_components/sections";
import { NavLinks, type NavItem } from "./nav-links";
import { SearchButton } from "./command-palette/search-button";
import { OrganizationSwitcher } from "./organization-switcher";
import { UserMenu } from "./user-menu";

interface Props {
  ctx: Ctx;
  user: { name: string; email: string };
  organizations: UserOrganization[];
}

export function AppHeader({ ctx, user, organizations }: Props) {
  const items: NavItem[] = [
    { href: "/customers", label: "Customers" },
    { href: "/aircraft", label: "Aircraft" },
    { href: "/vehicles", label: "Vehicles" },
    { href: "/work-orders", label: "Work orders" },
  ];
  const settings = settingsSectionsFor(ctx.role)[0];
  if (settings) items.push({ href: settings.href, label: "Settings", match: "/settings" });
  const current = organizations.find((o) => o.id === ctx.orgId);

  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
      <div className="mx-auto flex h-14 w-full max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Link href="/customers" className="flex items-center gap-2 font-semibold">
          <span className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
            <Building2Icon className="size-4" aria-hidden="true" />
          </span>
          <span className="hidden sm:inline">Customer Hub</span>
        </Link>
        <NavLinks items={items} />
        <div className="ml-auto flex items-center gap-2">
          <SearchButton role={ctx.role} />
          {organizations.length > 1 ? (
            <OrganizationSwitcher organizations={organizations} currentId={ctx.orgId} />
          ) : (
            <span className="hidden max-w-48 truncate text-sm text-muted-foreground sm:inline" title={current?.name}>
              {current?.name}
            </span>
          )}
          <UserMenu name={user.name} email={user.email} role={ctx.role} />
        </div>
      </div>
    </header>
  );
}

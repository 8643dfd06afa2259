// The one screen for a page the member's role does not allow: what they cannot do, which roles can,
// and what to do about it. Rendered by app/(app)/forbidden.tsx after a page calls requirePageAccess.
import Link from "next/link";
import { ShieldAlertIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { roleLabels, rolesWith, type Permission, type Role } from "@/lib/auth/permissions";

export interface NoPermissionProps {
  /** What the page is, after "You don't have access to" ("imports", "API keys"). */
  what: string;
  /** What the page lets a member do, after "can" ("import customers"). */
  action: string;
  permission: Permission;
  role: Role;
  back: { href: string; label: string };
}

/** "Owners, Admins and Managers" → a readable list of the roles holding the permission. */
function listRoles(permission: Permission): string {
  const names = rolesWith(permission).map((role) => `${roleLabels[role]}s`);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "Nobody");
}

export function NoPermission({ what, action, permission, role, back }: NoPermissionProps) {
  return (
    <section
      aria-labelledby="no-permission-heading"
      className="mx-auto flex w-full max-w-lg flex-col items-center gap-4 rounded-xl border bg-card px-6 py-10 text-center text-card-foreground shadow-sm"
    >
      <ShieldAlertIcon className="size-10 text-muted-foreground" aria-hidden="true" />
      <h1 id="no-permission-heading" className="text-xl font-semibold tracking-tight">
        You don&apos;t have access to {what}
      </h1>
      <p className="text-sm text-muted-foreground">
        {listRoles(permission)} can {action}. Your role in this organization is{" "}
        <strong className="font-medium text-foreground">{roleLabels[role]}</strong>.
      </p>
      <p className="text-sm text-muted-foreground">
        If you need this, ask an owner or admin of your organization to change your role, or to do it for you.
      </p>
      <Button asChild variant="outline">
        <Link href={back.href}>{back.label}</Link>
      </Button>
    </section>
  );
}

// Settings: a heading and, for admins and owners, the sub-navigation; each page checks access itself.
import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { SettingsNav } from "./_components/settings-nav";

export const metadata: Metadata = { title: { default: "Settings", template: "%s · Settings · Customer Hub" } };

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireCtx();
  const allowed = can(ctx.role, "user:manage");

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="text-sm text-muted-foreground">Manage who can sign in to this organization and how integrations connect.</p>
      </div>
      {allowed ? <SettingsNav /> : null}
      {children}
    </div>
  );
}

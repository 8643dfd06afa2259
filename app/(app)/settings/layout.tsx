// Settings: a heading and the sections this role may open; each page checks access itself.
import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/session";
import { SettingsNav } from "./_components/settings-nav";
import { settingsSectionsFor } from "./_components/sections";

export const metadata: Metadata = { title: { default: "Settings", template: "%s · Settings · Customer Hub" } };

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireCtx();
  const sections = settingsSectionsFor(ctx.role);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="text-sm text-muted-foreground">
          Who can sign in to this organization, how integrations connect, and where the shop works.
        </p>
      </div>
      {sections.length > 1 ? <SettingsNav sections={sections} /> : null}
      {children}
    </div>
  );
}

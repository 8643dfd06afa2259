// The signed-in shell: every page below requires a session and a membership (requireCtx).
import { AppHeader } from "./_components/app-header";
import { requireCtx, requireSession } from "@/lib/auth/session";
import { listUserOrganizations } from "@/lib/auth/membership";
import { BrowserDisplayPrefsReporter } from "@/components/browser-display-prefs";
import { DisplayPrefsProvider } from "@/components/display-prefs";
import { getDisplayPrefsState, getRenderTime } from "@/lib/preferences/queries";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireCtx();
  const { user } = await requireSession();
  const [organizations, { chosen, ...prefs }] = await Promise.all([
    listUserOrganizations(user.id),
    getDisplayPrefsState(ctx),
  ]);

  return (
    <DisplayPrefsProvider value={prefs} renderedAt={getRenderTime()}>
      {chosen.timeZone && chosen.locale ? null : <BrowserDisplayPrefsReporter />}
      <div className="flex min-h-dvh flex-col">
        <AppHeader ctx={ctx} user={{ name: user.name, email: user.email }} organizations={organizations} />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 lg:py-8">
          {children}
        </main>
      </div>
    </DisplayPrefsProvider>
  );
}

// The signed-in shell: every page below requires a session and a membership (requireCtx).
import { AppHeader } from "./_components/app-header";
import { requireCtx, requireSession } from "@/lib/auth/session";
import { listUserOrganizations } from "@/lib/auth/membership";
import { DisplayPrefsProvider } from "@/components/display-prefs";
import { getDisplayPrefs, getRenderTime } from "@/lib/preferences/queries";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireCtx();
  const { user } = await requireSession();
  const [organizations, prefs] = await Promise.all([listUserOrganizations(user.id), getDisplayPrefs(ctx)]);

  return (
    <DisplayPrefsProvider value={prefs} renderedAt={getRenderTime()}>
      <div className="flex min-h-dvh flex-col">
        <AppHeader ctx={ctx} user={{ name: user.name, email: user.email }} organizations={organizations} />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 lg:py-8">
          {children}
        </main>
      </div>
    </DisplayPrefsProvider>
  );
}

// The signed-in shell: every page below requires a session and a membership (requireCtx). A skip link
// comes first, then the header; focus follows client-side navigation to the new page's heading.
import { AppHeader } from "./_components/app-header";
import { RouteFocus } from "./_components/route-focus";
import { requireCtx, requireSession } from "@/lib/auth/session";
import { listUserOrganizations } from "@/lib/auth/membership";
import { BrowserDisplayPrefsReporter } from "@/components/browser-display-prefs";
import { DisplayPrefsProvider } from "@/components/display-prefs";
import { getDisplayPrefsState, getRenderTime } from "@/lib/preferences/queries";
import { countUnreadNotifications } from "@/lib/notifications/queries";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireCtx();
  const { user } = await requireSession();
  const [organizations, { chosen, ...prefs }, unreadNotifications] = await Promise.all([
    listUserOrganizations(user.id),
    getDisplayPrefsState(ctx),
    countUnreadNotifications(ctx),
  ]);

  return (
    <DisplayPrefsProvider value={prefs} renderedAt={getRenderTime()}>
      {chosen.timeZone && chosen.locale ? null : <BrowserDisplayPrefsReporter />}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:shadow-md focus:ring-[3px] focus:ring-ring/50 focus:outline-none"
      >
        Skip to main content
      </a>
      <div className="flex min-h-dvh flex-col">
        <AppHeader
          ctx={ctx}
          user={{ name: user.name, email: user.email }}
          organizations={organizations}
          unreadNotifications={unreadNotifications}
        />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none sm:px-6 lg:py-8"
        >
          {children}
        </main>
      </div>
      <RouteFocus />
    </DisplayPrefsProvider>
  );
}

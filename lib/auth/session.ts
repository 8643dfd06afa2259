// THE place pages, layouts and server actions get the acting context: session cookie → better-auth
// session → active organization → membership (read fresh from the database) → Ctx.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Ctx } from "@/lib/auth/context";
import { getAuth } from "@/lib/auth/auth";
import { resolveSessionCtx } from "@/lib/auth/membership";
import { REQUEST_PATH_HEADER, sanitizeNextPath } from "@/lib/auth/next-path";
import { registerRequestTenant } from "@/lib/db/tenant-scope";
import { READ_AFTER_COOKIE, verifyReadAfter } from "@/lib/db/read-after-write";
import { registerRenderReads } from "@/lib/db/read-routing";

/**
 * The organization this request acts for, once requireCtx resolved it: one box per request (React
 * `cache`), read by row-level security for the page's queries (lib/db/tenant-scope.ts). Outside a
 * render `cache` does not memoize, so the box is always empty there. `readAfter`: the render's last
 * write from its read-after-write cookie (null: none), which lets its list and detail reads use the read
 * replica (lib/db/read-routing.ts); undefined outside a render, where reads stay on the primary.
 */
const requestTenant = cache((): { orgId: string | null; readAfter?: bigint | null } => ({ orgId: null }));
registerRequestTenant(() => requestTenant().orgId);
registerRenderReads(() => requestTenant().readAfter);

export const getSession = cache(async () => getAuth().api.getSession({ headers: await headers() }));

type Session = NonNullable<Awaited<ReturnType<typeof getSession>>>;

/** The signed-in session, or a redirect to the login page that comes back here afterwards. */
export const requireSession = cache(async (): Promise<Session> => {
  const session = await getSession();
  if (session) return session;
  const path = sanitizeNextPath((await headers()).get(REQUEST_PATH_HEADER), "");
  redirect(path ? `/login?next=${encodeURIComponent(path)}` : "/login");
});

/** The acting context; a user without any organization is sent to an explanation page. */
export const requireCtx = cache(async (): Promise<Ctx> => {
  const session = await requireSession();
  const ctx = await resolveSessionCtx(session.user.id, session.session.activeOrganizationId);
  if (!ctx) redirect("/no-organization");
  const box = requestTenant();
  box.orgId = ctx.orgId;
  // After a server action, Next.js renders with the cookies the action set.
  box.readAfter = verifyReadAfter((await cookies()).get(READ_AFTER_COOKIE)?.value);
  return ctx;
});

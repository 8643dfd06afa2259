// THE place pages, layouts and server actions get the acting context: session cookie → better-auth
// session → active organization → membership (read fresh from the database) → Ctx.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Ctx } from "@/lib/auth/context";
import { getAuth } from "@/lib/auth/auth";
import { resolveSessionCtx } from "@/lib/auth/membership";
import { REQUEST_PATH_HEADER, sanitizeNextPath } from "@/lib/auth/next-path";

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
  return ctx;
});

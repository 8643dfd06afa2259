// Session → acting context: the membership and role are read from the database on every request,
// so removing a member or changing a role takes effect immediately.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { isRole, type Role } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";

export interface UserOrganization {
  id: string;
  name: string;
  role: Role;
}

/** The organizations a user may act in, oldest membership first (the default one). */
export async function listUserOrganizations(userId: string): Promise<UserOrganization[]> {
  const members = await db.member.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { role: true, organization: { select: { id: true, name: true } } },
  });
  return members.flatMap((m) => (isRole(m.role) ? [{ ...m.organization, role: m.role }] : []));
}

export async function findDefaultOrganizationId(userId: string): Promise<string | null> {
  const [first] = await listUserOrganizations(userId);
  return first?.id ?? null;
}

/**
 * The context for a signed-in user: the session's active organization when they are still a member
 * of it, otherwise their first membership; null when they belong to no organization.
 */
export async function resolveSessionCtx(userId: string, activeOrgId: string | null | undefined): Promise<Ctx | null> {
  if (activeOrgId) {
    const member = await db.member.findUnique({
      where: { organizationId_userId: { organizationId: activeOrgId, userId } },
      select: { role: true },
    });
    if (member && isRole(member.role)) return { orgId: activeOrgId, userId, role: member.role, actor: "user" };
  }
  const [first] = await listUserOrganizations(userId);
  return first ? { orgId: first.id, userId, role: first.role, actor: "user" } : null;
}

/** Makes `orgId` the session's active organization; an organization the user is not in is NOT_FOUND. */
export async function switchActiveOrganization(session: { id: string; userId: string }, orgId: string) {
  const member = await db.member.findUnique({
    where: { organizationId_userId: { organizationId: orgId, userId: session.userId } },
    select: { id: true },
  });
  if (!member) throw notFound("Organization");
  await db.session.update({ where: { id: session.id }, data: { activeOrganizationId: orgId } });
}

// Membership rules shared by the users mutations: who may grant which role, owners protected from
// admins, and an organization never left without an owner.
import "server-only";
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { assignableRoles, isRole, roleLabels, type Role } from "@/lib/auth/permissions";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors";

export function assertMayGrant(ctx: Ctx, role: Role): void {
  if (!assignableRoles(ctx.role).includes(role)) {
    throw forbidden(`Your role cannot grant the ${roleLabels[role]} role.`);
  }
}

/** A member of ctx's organization, or NOT_FOUND (also for ids from other organizations). */
export async function findMember(tx: Tx, ctx: Ctx, memberId: string) {
  const member = await tx.member.findFirst({
    where: { id: memberId, organizationId: ctx.orgId },
    select: { id: true, userId: true, role: true },
  });
  if (!member) throw notFound("Member");
  return { ...member, role: isRole(member.role) ? member.role : ("viewer" as Role) };
}

export function assertMayManageMember(ctx: Ctx, member: { userId: string; role: Role }, verb: "change" | "remove") {
  if (member.userId === ctx.userId) {
    throw forbidden(verb === "change" ? "You can't change your own role." : "You can't remove yourself.");
  }
  if (member.role === "owner" && ctx.role !== "owner") throw forbidden(`Only an owner can ${verb} an owner.`);
}

/**
 * Refuses to take away the organization's last owner. The owner rows are locked so two owners
 * demoting each other at the same moment cannot both succeed.
 */
export async function assertNotLastOwner(tx: Tx, orgId: string): Promise<void> {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "member" WHERE "organizationId" = ${orgId} AND role = 'owner' FOR UPDATE`;
  if (owners.length <= 1) throw conflict("An organization needs at least one owner. Make someone else an owner first.");
}

export const alreadyMember = () =>
  new AppError("CONFLICT", "This person is already a member of this organization.", {
    email: ["Already a member of this organization."],
  });

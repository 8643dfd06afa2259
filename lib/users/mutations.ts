// Users settings writes: add a user (or an existing account), invite by link, change a member's role,
// remove a member. Each checks "user:manage" and scopes every lookup to ctx.orgId; accepting an
// invitation is the one signed-out write (the unguessable link id is the credential).
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { createUserWithPassword, normalizeEmail } from "@/lib/auth/credentials";
import { isRole } from "@/lib/auth/permissions";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors";
import type { AcceptInvitationInput, AddUserInput, ChangeRoleInput, InviteUserInput } from "@/lib/users/schemas";
import { alreadyMember, assertMayGrant, assertMayManageMember, assertNotLastOwner, findMember } from "@/lib/users/rules";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Adds a member. An email that already has an account (in any organization) joins with that account
 * and keeps its password; otherwise a new account is created with the temporary password.
 */
export async function addUser(ctx: Ctx, input: AddUserInput) {
  assertCan(ctx, "user:manage");
  assertMayGrant(ctx, input.role);
  const email = normalizeEmail(input.email);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (existing) {
        const membership = await tx.member.findUnique({
          where: { organizationId_userId: { organizationId: ctx.orgId, userId: existing.id } },
          select: { id: true },
        });
        if (membership) throw alreadyMember();
      }
      const user = existing ?? (await createUserWithPassword(tx, { email, name: input.name, password: input.password }));
      const member = await tx.member.create({
        data: { id: randomUUID(), organizationId: ctx.orgId, userId: user.id, role: input.role },
      });
      return { memberId: member.id, userId: user.id, existingAccount: existing !== null };
    });
  } catch (error) {
    // Someone added the same person at the same moment.
    if (isUniqueViolation(error)) throw alreadyMember();
    throw error;
  }
}

export async function changeMemberRole(ctx: Ctx, input: ChangeRoleInput) {
  assertCan(ctx, "user:manage");
  return db.$transaction(async (tx) => {
    const member = await findMember(tx, ctx, input.memberId);
    assertMayManageMember(ctx, member, "change");
    assertMayGrant(ctx, input.role);
    if (member.role === input.role) return { memberId: member.id, role: input.role };
    if (member.role === "owner") await assertNotLastOwner(tx, ctx.orgId);
    await tx.member.update({ where: { id: member.id }, data: { role: input.role } });
    return { memberId: member.id, role: input.role };
  });
}

/** Removes the membership only; the account stays (it may belong to other organizations). */
export async function removeMember(ctx: Ctx, input: { memberId: string }) {
  assertCan(ctx, "user:manage");
  return db.$transaction(async (tx) => {
    const member = await findMember(tx, ctx, input.memberId);
    assertMayManageMember(ctx, member, "remove");
    if (member.role === "owner") await assertNotLastOwner(tx, ctx.orgId);
    await tx.member.delete({ where: { id: member.id } });
    return { memberId: member.id };
  });
}

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Creates an invitation (replacing a pending one for the same email) and returns its link path. */
export async function inviteUser(ctx: Ctx, input: InviteUserInput) {
  assertCan(ctx, "user:manage");
  assertMayGrant(ctx, input.role);
  const inviterId = ctx.userId;
  if (!inviterId) throw forbidden("Invitations must be sent by a signed-in user.");
  const email = normalizeEmail(input.email);
  return db.$transaction(async (tx) => {
    const member = await tx.member.findFirst({ where: { organizationId: ctx.orgId, user: { email } }, select: { id: true } });
    if (member) throw alreadyMember();
    await tx.invitation.updateMany({
      where: { organizationId: ctx.orgId, email, status: "pending" },
      data: { status: "canceled" },
    });
    // The id is the link's only secret: 192 random bits.
    const invitation = await tx.invitation.create({
      data: {
        id: randomBytes(24).toString("base64url"),
        organizationId: ctx.orgId,
        email,
        role: input.role,
        status: "pending",
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        inviterId,
      },
    });
    return { id: invitation.id, email, role: input.role, expiresAt: invitation.expiresAt, path: `/invite/${invitation.id}` };
  });
}

export async function revokeInvitation(ctx: Ctx, input: { invitationId: string }) {
  assertCan(ctx, "user:manage");
  const { count } = await db.invitation.updateMany({
    where: { id: input.invitationId, organizationId: ctx.orgId, status: "pending" },
    data: { status: "canceled" },
  });
  if (count === 0) throw notFound("Invitation");
  return { invitationId: input.invitationId };
}

/**
 * Accepts an invitation once. A new account needs a name and password; an existing account just joins
 * (its name and password are never changed through a link).
 */
export async function acceptInvitation(input: AcceptInvitationInput) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { id: input.invitationId } });
    if (!invitation) throw notFound("Invitation");
    if (invitation.status !== "pending") throw conflict("This invitation has already been used or was revoked.");
    if (invitation.expiresAt <= new Date()) {
      throw conflict("This invitation has expired. Ask an administrator to send you a new one.");
    }
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, status: "pending" },
      data: { status: "accepted" },
    });
    if (claimed.count !== 1) throw conflict("This invitation has already been used or was revoked.");

    let user = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    const existingAccount = user !== null;
    if (!user) {
      if (!input.name || !input.password) {
        throw new AppError("VALIDATION", "Enter your name and choose a password.", {
          ...(!input.name && { name: ["Enter your name."] }),
          ...(!input.password && { password: ["Choose a password."] }),
        });
      }
      user = await createUserWithPassword(tx, { email: invitation.email, name: input.name, password: input.password });
    }
    const role = isRole(invitation.role) ? invitation.role : "staff";
    await tx.member.upsert({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId: user.id } },
      create: { id: randomUUID(), organizationId: invitation.organizationId, userId: user.id, role },
      update: {},
    });
    return { email: invitation.email, organizationId: invitation.organizationId, existingAccount };
  });
}

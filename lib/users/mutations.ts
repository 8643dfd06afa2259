// Users settings writes: add a user, invite by link, change a member's role, remove a member. Each checks
// "user:manage" and scopes every lookup to ctx.orgId. Accepting an invitation lives in ./acceptance.ts.
//
// The account rule: an admin never attaches an account that already exists, never sets its password,
// and is never told whether an email has one elsewhere. "Add user" and "Invite" both answer with a
// pending invitation of the same shape, nobody is listed as a member before accepting, and both cases
// of "Add user" do the same scrypt hashing (the slow part) and run the same statements. Only the
// account's owner joins it to the organization, by accepting the link while signed in as that account
// (lib/users/acceptance.ts).
import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { createUserUnlessEmailTaken, normalizeEmail } from "@/lib/auth/credentials";
import { forbidden, notFound } from "@/lib/errors";
import { addUserSchema, changeRoleSchema, inviteUserSchema } from "@/lib/users/schemas";
import { parseWith } from "@/lib/validation";
import type { Role } from "@/lib/auth/permissions";
import {
  alreadyMember,
  assertMayGrant,
  assertMayManageMember,
  assertNotLastOwner,
  findMember,
} from "@/lib/users/rules";

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** What "Add user" and "Invite" answer, identical in shape for every email. */
interface InvitationCreated {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  path: string;
}

function requireInviter(ctx: Ctx): string {
  if (!ctx.userId) throw forbidden("Invitations must be sent by a signed-in user.");
  return ctx.userId;
}

/** A pending invitation replacing any earlier pending one for the same email; refuses current members. */
async function createInvitation(
  tx: Tx,
  ctx: Ctx,
  inviterId: string,
  email: string,
  role: Role,
): Promise<InvitationCreated> {
  const member = await tx.member.findFirst({
    where: { organizationId: ctx.orgId, user: { email } },
    select: { id: true },
  });
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
      role,
      status: "pending",
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      inviterId,
    },
  });
  return { id: invitation.id, email, role, expiresAt: invitation.expiresAt, path: `/invite/${invitation.id}` };
}

/**
 * "Add user" with a temporary password: an invitation, plus the account with that password only when the
 * email has none anywhere. An existing account is left untouched (its owner accepts with their own
 * password). Both cases hash the password and run the same statements, and the answer is the same
 * invitation either way; nobody is a member before accepting the link.
 */
export async function addUser(ctx: Ctx, raw: unknown): Promise<InvitationCreated> {
  const input = parseWith(addUserSchema, raw);
  assertCan(ctx, "user:manage");
  assertMayGrant(ctx, input.role);
  const inviterId = requireInviter(ctx);
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await createInvitation(tx, ctx, inviterId, email, input.role);
    await createUserUnlessEmailTaken(tx, { email, name: input.name, passwordHash });
    return invitation;
  });
}

export async function changeMemberRole(ctx: Ctx, raw: unknown) {
  const input = parseWith(changeRoleSchema, raw);
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

/** Creates an invitation link (replacing a pending one for the same email). */
export async function inviteUser(ctx: Ctx, raw: unknown): Promise<InvitationCreated> {
  const input = parseWith(inviteUserSchema, raw);
  assertCan(ctx, "user:manage");
  assertMayGrant(ctx, input.role);
  const inviterId = requireInviter(ctx);
  const email = normalizeEmail(input.email);
  return db.$transaction((tx) => createInvitation(tx, ctx, inviterId, email, input.role));
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

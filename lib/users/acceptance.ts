// Accepting an invitation, the one users write that runs without an organization context: the link id
// is the secret that names the organization and role, and the invitee proves who they are. An existing
// account joins only through a session of that very account (already signed in, or signed in with its
// own password on the invite page); a link can create an account only when the email has none. Neither
// path ever changes an existing account's name or password.
import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db, type Tx } from "@/lib/db";
import { createUserWithPasswordHash, normalizeEmail } from "@/lib/auth/credentials";
import { isRole } from "@/lib/auth/permissions";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import type { NewAccountInput } from "@/lib/users/schemas";

interface InvitationRecord {
  id: string;
  organizationId: string;
  email: string;
  role: string | null;
  status: string;
  expiresAt: Date;
}

const alreadyUsed = () => conflict("This invitation has already been used or was revoked.");

function assertOpen(invitation: InvitationRecord | null): asserts invitation is InvitationRecord {
  if (!invitation) throw notFound("Invitation");
  if (invitation.status !== "pending") throw alreadyUsed();
  if (invitation.expiresAt <= new Date()) {
    throw conflict("This invitation has expired. Ask an administrator to send you a new one.");
  }
}

/** The invited email while the invitation can still be accepted (checked before signing in with it). */
export async function findOpenInvitationEmail(invitationId: string): Promise<string> {
  const invitation = await db.invitation.findUnique({ where: { id: invitationId } });
  assertOpen(invitation);
  return invitation.email;
}

/** Marks the invitation accepted exactly once (a concurrent acceptance gets CONFLICT) and returns it. */
async function claimInvitation(tx: Tx, invitationId: string): Promise<InvitationRecord> {
  const invitation = await tx.invitation.findUnique({ where: { id: invitationId } });
  assertOpen(invitation);
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, status: "pending" },
    data: { status: "accepted" },
  });
  if (claimed.count !== 1) throw alreadyUsed();
  return invitation;
}

async function join(tx: Tx, invitation: InvitationRecord, userId: string) {
  const role = isRole(invitation.role) ? invitation.role : "staff";
  await tx.member.upsert({
    where: { organizationId_userId: { organizationId: invitation.organizationId, userId } },
    create: { id: randomUUID(), organizationId: invitation.organizationId, userId, role },
    update: {},
  });
  return { email: invitation.email, organizationId: invitation.organizationId };
}

const signInToAccept = () => new AppError("UNAUTHORIZED", "Sign in to accept this invitation.");

/**
 * Accepts for the account behind `sessionToken` (an existing session, or the one just created by signing
 * in with the account's password). Only the account with the invited email may accept: no session, an
 * expired one, or another account's is refused and nothing changes. The session then switches to the
 * joined organization.
 */
export async function acceptInvitation(input: { invitationId: string }, proof: { sessionToken: string }) {
  return db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({
      where: { token: proof.sessionToken },
      select: { id: true, userId: true, expiresAt: true, user: { select: { email: true } } },
    });
    if (!session || session.expiresAt <= new Date()) throw signInToAccept();
    const invitation = await claimInvitation(tx, input.invitationId);
    if (normalizeEmail(session.user.email) !== invitation.email) {
      throw forbidden(`This invitation is for ${invitation.email}. Sign in as ${invitation.email} to accept it.`);
    }
    const joined = await join(tx, invitation, session.userId);
    await tx.session.update({ where: { id: session.id }, data: { activeOrganizationId: invitation.organizationId } });
    return joined;
  });
}

const accountExists = () =>
  conflict("An account with this email already exists. Sign in with its password to accept the invitation.");

/** Creates the invited account with the invitee's own name and password, and joins; only when the email has no account. */
export async function acceptInvitationWithNewAccount(input: { invitationId: string } & NewAccountInput) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await claimInvitation(tx, input.invitationId);
      const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
      if (existing) throw accountExists();
      const user = await createUserWithPasswordHash(tx, { email: invitation.email, name: input.name, passwordHash });
      return join(tx, invitation, user.id);
    });
  } catch (error) {
    // The account was created by someone else at the same moment.
    if (isUniqueViolation(error)) throw accountExists();
    throw error;
  }
}

// Users settings reads: the organization's members (searchable, paginated), pending invitations,
// and the public view of one invitation for its accept page.
import "server-only";
import { db, type Prisma, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { isRole, type Role } from "@/lib/auth/permissions";

/** A user as records name them (created by, owner, transferred by). */
export interface UserRef {
  id: string;
  name: string;
}

/** The users among `ids` (nulls and repeats skipped) by id, in one query (no N+1). */
export async function findUserRefs(client: Tx, ids: Iterable<string | null>): Promise<Map<string, UserRef>> {
  const unique = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const users = await client.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user]));
}

export interface MemberRow {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
}

/** A page of members by name; `perPage` is any positive size (the page's codec allows 25, 50 or 100). */
export async function listMembers(ctx: Ctx, params: { q: string; page: number; perPage: number }) {
  assertCan(ctx, "user:read");
  const q = params.q.trim();
  const where: Prisma.MemberWhereInput = {
    organizationId: ctx.orgId,
    ...(q && {
      user: {
        OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }],
      },
    }),
  };
  const [members, total] = await Promise.all([
    db.member.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
      select: { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
    }),
    db.member.count({ where }),
  ]);
  const rows: MemberRow[] = members.map((m) => ({
    id: m.id,
    userId: m.userId,
    name: m.user.name,
    email: m.user.email,
    role: isRole(m.role) ? m.role : "viewer",
    joinedAt: m.createdAt,
  }));
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / params.perPage)), page: params.page };
}

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  expired: boolean;
  createdAt: Date;
  invitedBy: string;
}

/** Invitations not yet accepted or revoked, newest first (expired ones included, marked by date). */
export async function listPendingInvitations(ctx: Ctx): Promise<InvitationRow[]> {
  assertCan(ctx, "user:read");
  const invitations = await db.invitation.findMany({
    where: { organizationId: ctx.orgId, status: "pending" },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, user: { select: { name: true } } },
  });
  const now = new Date();
  return invitations.map((i) => ({
    id: i.id,
    email: i.email,
    role: isRole(i.role) ? i.role : "staff",
    expiresAt: i.expiresAt,
    expired: i.expiresAt <= now,
    createdAt: i.createdAt,
    invitedBy: i.user.name,
  }));
}

type InvitationState = "pending" | "expired" | "used";

/** What the invite page may show anyone holding the link (the link id is the secret). */
export async function getInvitation(invitationId: string) {
  // Link ids are 32 base64url characters; anything else (a NUL byte included) names no invitation.
  if (!/^[\w-]{1,64}$/.test(invitationId)) return null;
  const invitation = await db.invitation.findUnique({
    where: { id: invitationId },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  const state: InvitationState =
    invitation.status !== "pending" ? "used" : invitation.expiresAt <= new Date() ? "expired" : "pending";
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    id: invitation.id,
    email: invitation.email,
    role: isRole(invitation.role) ? invitation.role : "staff",
    organizationName: invitation.organization.name,
    state,
    hasAccount: account !== null,
  };
}

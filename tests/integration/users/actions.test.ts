// The users server actions as the pages call them (session and request stubbed, data layer and sign-in
// real): accepting an invitation needs the invited account's own session or password, and "Add user"
// answers alike for every email.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { signIn } from "@/lib/auth/login";
import { acceptInvitationWithNewAccount } from "@/lib/users/acceptance";
import { inviteUser } from "@/lib/users/mutations";
import { makeOrgWithRoles, uniq } from "@/tests/factories";

type SessionStub = { session: { id: string; token: string; userId: string }; user: { id: string; email: string } };
const stub = vi.hoisted(() => ({ ctx: null as Ctx | null, session: null as SessionStub | null }));
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => stub.session,
  requireCtx: async () => {
    if (!stub.ctx) throw new Error("no session");
    return stub.ctx;
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { acceptInvitationAction, addUserAction } = await import("@/lib/users/actions");

const newEmail = () => `${uniq("act-")}@example.test`;
const request = () => ({
  ip: `10.55.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`,
  headers: new Headers(),
});

async function accountElsewhere(password = "owner-secret-123") {
  const { ctx } = await makeOrgWithRoles();
  const email = newEmail();
  const { id } = await inviteUser(ctx.admin, { email, role: "staff" });
  await acceptInvitationWithNewAccount({ invitationId: id, name: "Real Owner", password });
  return { email, password, userId: (await db.user.findUniqueOrThrow({ where: { email } })).id };
}

/** A real better-auth session for the account, as getSession would return it. */
async function signedInAs(email: string, password: string): Promise<SessionStub> {
  const { token } = await signIn({ email, password }, request());
  const session = await db.session.findUniqueOrThrow({ where: { token }, include: { user: true } });
  return {
    session: { id: session.id, token, userId: session.userId },
    user: { id: session.userId, email: session.user.email },
  };
}

beforeEach(() => {
  stub.ctx = null;
  stub.session = null;
});

describe("acceptInvitationAction for an existing account", () => {
  it("refuses without a session, through the new-account form, with a wrong password or the old input, attaching nothing", async () => {
    const existing = await accountElsewhere();
    const { org, ctx } = await makeOrgWithRoles();
    const { id } = await inviteUser(ctx.admin, { email: existing.email, role: "admin" });

    expect(await acceptInvitationAction({ mode: "session", invitationId: id })).toMatchObject({
      error: { code: "UNAUTHORIZED" },
    });
    expect(
      await acceptInvitationAction({
        mode: "newAccount",
        invitationId: id,
        name: "Mallory",
        password: "attacker-pass-1",
      }),
    ).toMatchObject({ error: { code: "CONFLICT" } });
    expect(
      await acceptInvitationAction({ mode: "signIn", invitationId: id, password: "attacker-pass-1" }),
    ).toMatchObject({
      error: { code: "UNAUTHORIZED" },
    });
    // The shape today's page sent: no longer accepted at all.
    const legacy = { invitationId: id } as unknown as Parameters<typeof acceptInvitationAction>[0];
    expect(await acceptInvitationAction(legacy)).toMatchObject({ error: { code: "VALIDATION" } });

    expect(await db.member.count({ where: { organizationId: org.id, userId: existing.userId } })).toBe(0);
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    expect(await db.session.count({ where: { userId: existing.userId } })).toBe(0);
  });

  it("refuses a session of another account", async () => {
    const existing = await accountElsewhere();
    const intruder = await accountElsewhere("intruder-pass-12");
    const { org, ctx } = await makeOrgWithRoles();
    const { id } = await inviteUser(ctx.admin, { email: existing.email, role: "staff" });
    stub.session = await signedInAs(intruder.email, intruder.password);

    expect(await acceptInvitationAction({ mode: "session", invitationId: id })).toMatchObject({
      error: { code: "FORBIDDEN" },
    });
    expect(
      await db.member.count({ where: { organizationId: org.id, userId: { in: [existing.userId, intruder.userId] } } }),
    ).toBe(0);
  });

  it("joins with the invited account's own session, switching it to the organization", async () => {
    const existing = await accountElsewhere();
    const { org, ctx } = await makeOrgWithRoles();
    const { id } = await inviteUser(ctx.admin, { email: existing.email, role: "manager" });
    stub.session = await signedInAs(existing.email, existing.password);

    expect(await acceptInvitationAction({ mode: "session", invitationId: id })).toEqual({
      data: { email: existing.email, organizationId: org.id, signedIn: true },
    });
    expect(await db.member.findFirst({ where: { organizationId: org.id, userId: existing.userId } })).toMatchObject({
      role: "manager",
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: stub.session.session.id } })).activeOrganizationId).toBe(
      org.id,
    );
  });

  it("joins by signing in with the account's own password on the invite page, in the joined organization", async () => {
    const existing = await accountElsewhere();
    const { org, ctx } = await makeOrgWithRoles();
    const { id } = await inviteUser(ctx.admin, { email: existing.email, role: "viewer" });

    expect(await acceptInvitationAction({ mode: "signIn", invitationId: id, password: existing.password })).toEqual({
      data: { email: existing.email, organizationId: org.id, signedIn: true },
    });
    expect(await db.member.findFirst({ where: { organizationId: org.id, userId: existing.userId } })).toMatchObject({
      role: "viewer",
    });
    const sessions = await db.session.findMany({ where: { userId: existing.userId } });
    expect(sessions.map((s) => s.activeOrganizationId)).toEqual([org.id]);
  });
});

describe("acceptInvitationAction for a new person", () => {
  it("creates the account, joins and signs in", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const email = newEmail();
    const { id } = await inviteUser(ctx.admin, { email, role: "staff" });

    expect(
      await acceptInvitationAction({
        mode: "newAccount",
        invitationId: id,
        name: "Nia New",
        password: "new-person-pass-1",
      }),
    ).toEqual({
      data: { email, organizationId: org.id, signedIn: true },
    });
    expect(await db.member.count({ where: { organizationId: org.id, user: { email, name: "Nia New" } } })).toBe(1);
    expect(await db.session.count({ where: { user: { email } } })).toBe(1);
  });
});

describe("addUserAction", () => {
  it("answers with the same fields for a brand-new email and for an account elsewhere", async () => {
    const existing = await accountElsewhere();
    const { ctx } = await makeOrgWithRoles();
    stub.ctx = ctx.admin;
    const input = { name: "Same", role: "staff" as const, password: "temporary-pass-1" };

    const fresh = await addUserAction({ ...input, email: newEmail() });
    const elsewhere = await addUserAction({ ...input, email: existing.email });

    if (!("data" in fresh) || !("data" in elsewhere)) throw new Error("expected both to succeed");
    expect(Object.keys(elsewhere.data).sort()).toEqual(["email", "expiresAt", "id", "path", "role"]);
    expect(Object.keys(fresh.data).sort()).toEqual(Object.keys(elsewhere.data).sort());
    expect(elsewhere.data).toMatchObject({
      email: existing.email,
      role: "staff",
      path: `/invite/${elsewhere.data.id}`,
    });
    expect(fresh.data).toMatchObject({ role: "staff", path: `/invite/${fresh.data.id}` });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signIn } from "@/lib/auth/login";
import { acceptInvitation, acceptInvitationWithNewAccount } from "@/lib/users/acceptance";
import { inviteUser, revokeInvitation } from "@/lib/users/mutations";
import { getInvitation, listPendingInvitations } from "@/lib/users/queries";
import { makeOrgWithRoles, makeUser, uniq } from "@/tests/factories";

const newEmail = () => `${uniq("invitee-")}@example.test`;
const request = () => {
  const ip = `10.99.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
  return { ip, headers: new Headers() };
};
const newAccount = { name: "Ivy Invitee", password: "invitee-pass-123" };

describe("invitations", () => {
  it("reads an unknown, malformed or NUL-bearing link as no invitation (the page answers 404), never a database error", async () => {
    for (const id of ["x".repeat(32), "not a link", "abc\u0000def", "a".repeat(65), ""]) {
      await expect(getInvitation(id)).resolves.toBeNull();
    }
  });

  it("invites with a role and a 7-day unguessable link that creates the account on acceptance", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const email = newEmail();
    const invitation = await inviteUser(ctx.admin, { email, role: "manager" });

    expect(invitation.path).toBe(`/invite/${invitation.id}`);
    expect(invitation.id).toMatch(/^[\w-]{32}$/);
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.99 * 24 * 3600_000);
    expect(await listPendingInvitations(ctx.admin)).toEqual([
      expect.objectContaining({ id: invitation.id, email, role: "manager" }),
    ]);
    await expect(getInvitation(invitation.id)).resolves.toMatchObject({
      state: "pending",
      hasAccount: false,
      organizationName: org.name,
    });

    const accepted = await acceptInvitationWithNewAccount({ invitationId: invitation.id, ...newAccount });

    expect(accepted).toEqual({ email, organizationId: org.id });
    const member = await db.member.findFirstOrThrow({
      where: { organizationId: org.id, user: { email } },
      include: { user: true },
    });
    expect(member).toMatchObject({ role: "manager", user: { name: "Ivy Invitee" } });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("accepted");
    await expect(signIn({ email, password: newAccount.password }, request())).resolves.toBeTruthy();
    expect(await listPendingInvitations(ctx.admin)).toEqual([]);
  });

  it("can be used only once", async () => {
    const { ctx } = await makeOrgWithRoles();
    const { id } = await inviteUser(ctx.admin, { email: newEmail(), role: "staff" });
    await acceptInvitationWithNewAccount({ invitationId: id, ...newAccount });
    await expect(
      acceptInvitationWithNewAccount({ invitationId: id, name: "Twice", password: "invitee-pass-456" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already been used/),
    });
    await expect(getInvitation(id)).resolves.toMatchObject({ state: "used" });
  });

  it("refuses an expired invitation, whoever accepts", async () => {
    const { ctx } = await makeOrgWithRoles();
    const email = newEmail();
    const { id } = await inviteUser(ctx.admin, { email, role: "staff" });
    await db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(getInvitation(id)).resolves.toMatchObject({ state: "expired" });
    await expect(acceptInvitationWithNewAccount({ invitationId: id, ...newAccount })).rejects.toMatchObject({
      message: expect.stringMatching(/has expired/),
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses to invite a current member, and replaces an earlier pending invitation", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const member = await makeUser(org.id, "staff");
    await expect(inviteUser(ctx.admin, { email: member.email.toUpperCase(), role: "staff" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: [expect.any(String)] },
    });
    const email = newEmail();
    const first = await inviteUser(ctx.admin, { email, role: "staff" });
    const second = await inviteUser(ctx.admin, { email, role: "manager" });
    await expect(getInvitation(first.id)).resolves.toMatchObject({ state: "used" });
    expect((await listPendingInvitations(ctx.admin)).map((i) => i.id)).toEqual([second.id]);
  });

  it("revokes only this organization's invitations; a revoked or unknown link accepts nothing; admins cannot invite owners", async () => {
    const mine = await makeOrgWithRoles();
    const theirs = await makeOrgWithRoles();
    const { id } = await inviteUser(theirs.ctx.admin, { email: newEmail(), role: "staff" });
    await expect(revokeInvitation(mine.ctx.owner, { invitationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeInvitation(theirs.ctx.admin, { invitationId: id });
    await expect(acceptInvitationWithNewAccount({ invitationId: id, ...newAccount })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(inviteUser(mine.ctx.admin, { email: newEmail(), role: "owner" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(acceptInvitation({ invitationId: id }, { sessionToken: "no-such-session" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(
      acceptInvitationWithNewAccount({ invitationId: "no-such-invitation", ...newAccount }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

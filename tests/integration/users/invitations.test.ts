import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signIn } from "@/lib/auth/login";
import { acceptInvitation, addUser, inviteUser, revokeInvitation } from "@/lib/users/mutations";
import { getInvitation, listPendingInvitations } from "@/lib/users/queries";
import { makeOrgWithRoles, makeUser, uniq } from "@/tests/factories";

const newEmail = () => `${uniq("invitee-")}@example.test`;
const request = () => {
  const ip = `10.99.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
  return { ip, headers: new Headers({ "x-forwarded-for": ip }) };
};

describe("invitations", () => {
  it("invites with a role and a 7-day unguessable link that creates the account on acceptance", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const email = newEmail();
    const invitation = await inviteUser(ctx.admin, { email, role: "manager" });

    expect(invitation.path).toBe(`/invite/${invitation.id}`);
    expect(invitation.id).toMatch(/^[\w-]{32}$/);
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.99 * 24 * 3600_000);
    expect(await listPendingInvitations(ctx.admin)).toEqual([expect.objectContaining({ id: invitation.id, email, role: "manager" })]);
    await expect(getInvitation(invitation.id)).resolves.toMatchObject({
      state: "pending",
      hasAccount: false,
      organizationName: org.name,
    });

    const accepted = await acceptInvitation({ invitationId: invitation.id, name: "Ivy Invitee", password: "invitee-pass-123" });

    expect(accepted).toEqual({ email, organizationId: org.id, existingAccount: false });
    const member = await db.member.findFirstOrThrow({ where: { organizationId: org.id, user: { email } }, include: { user: true } });
    expect(member).toMatchObject({ role: "manager", user: { name: "Ivy Invitee" } });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("accepted");
    await expect(signIn({ email, password: "invitee-pass-123" }, request())).resolves.toBeTruthy();
    expect(await listPendingInvitations(ctx.admin)).toEqual([]);
  });

  it("can be used only once", async () => {
    const { ctx } = await makeOrgWithRoles();
    const { id } = await inviteUser(ctx.admin, { email: newEmail(), role: "staff" });
    await acceptInvitation({ invitationId: id, name: "Once", password: "invitee-pass-123" });
    await expect(acceptInvitation({ invitationId: id, name: "Twice", password: "invitee-pass-456" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already been used/),
    });
    await expect(getInvitation(id)).resolves.toMatchObject({ state: "used" });
  });

  it("refuses an expired invitation", async () => {
    const { ctx } = await makeOrgWithRoles();
    const { id } = await inviteUser(ctx.admin, { email: newEmail(), role: "staff" });
    await db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(getInvitation(id)).resolves.toMatchObject({ state: "expired" });
    await expect(acceptInvitation({ invitationId: id, name: "Late", password: "invitee-pass-123" })).rejects.toMatchObject({
      message: expect.stringMatching(/has expired/),
    });
  });

  it("lets an existing account join without touching its name or password", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const other = await makeOrgWithRoles();
    const email = newEmail();
    await addUser(other.ctx.admin, { name: "Already Here", email, role: "staff", password: "original-pass-1" });
    const { id } = await inviteUser(ctx.admin, { email, role: "viewer" });
    await expect(getInvitation(id)).resolves.toMatchObject({ hasAccount: true });

    await expect(acceptInvitation({ invitationId: id })).resolves.toMatchObject({ existingAccount: true });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { members: true } });
    expect(user.name).toBe("Already Here");
    expect(user.members.map((m) => [m.organizationId, m.role])).toContainEqual([org.id, "viewer"]);
    await expect(signIn({ email, password: "original-pass-1" }, request())).resolves.toBeTruthy();
  });

  it("needs a name and password to create a new account", async () => {
    const { ctx } = await makeOrgWithRoles();
    const { id } = await inviteUser(ctx.admin, { email: newEmail(), role: "staff" });
    await expect(acceptInvitation({ invitationId: id })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: [expect.any(String)], password: [expect.any(String)] },
    });
    await expect(getInvitation(id)).resolves.toMatchObject({ state: "pending" });
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

  it("revokes only this organization's invitations; admins cannot invite owners", async () => {
    const mine = await makeOrgWithRoles();
    const theirs = await makeOrgWithRoles();
    const { id } = await inviteUser(theirs.ctx.admin, { email: newEmail(), role: "staff" });
    await expect(revokeInvitation(mine.ctx.owner, { invitationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeInvitation(theirs.ctx.admin, { invitationId: id });
    await expect(acceptInvitation({ invitationId: id, name: "X", password: "invitee-pass-123" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(inviteUser(mine.ctx.admin, { email: newEmail(), role: "owner" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(acceptInvitation({ invitationId: "no-such-invitation" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

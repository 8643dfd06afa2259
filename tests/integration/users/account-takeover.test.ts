// Regression for the cross-tenant account takeover (issue 8, item 1): an organization's admin can never
// attach an account that exists elsewhere, set its password or learn that it exists; the account joins
// only through a session of its own (signed in, or signing in with its own password).
import { describe, expect, it, vi } from "vitest";
import { hashPassword } from "better-auth/crypto";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { signIn } from "@/lib/auth/login";
import { listUserOrganizations, resolveSessionCtx } from "@/lib/auth/membership";
import { acceptInvitation, acceptInvitationWithNewAccount } from "@/lib/users/acceptance";
import { addUser, inviteUser } from "@/lib/users/mutations";
import { listMembers, listPendingInvitations } from "@/lib/users/queries";
import { makeOrgWithRoles, uniq } from "@/tests/factories";

vi.mock("better-auth/crypto", async (importOriginal) => {
  const original = await importOriginal<typeof import("better-auth/crypto")>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});

const newEmail = () => `${uniq("newhire-")}@example.test`;
const request = () => {
  const ip = `10.77.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
  return { ip, headers: new Headers() };
};
const sessionOf = async (email: string, password: string) => (await signIn({ email, password }, request())).token;
const page = { q: "", page: 1, perPage: 100 };

/** An account that belongs to another organization, with a password only its owner knows. */
async function accountElsewhere(password = "owner-secret-123") {
  const { ctx } = await makeOrgWithRoles();
  const email = newEmail();
  const invitation = await inviteUser(ctx.admin, { email, role: "staff" });
  await acceptInvitationWithNewAccount({ invitationId: invitation.id, name: "Real Owner", password });
  return { email, password, userId: (await db.user.findUniqueOrThrow({ where: { email } })).id };
}

async function credentialHash(email: string) {
  return (await db.account.findFirstOrThrow({ where: { user: { email }, providerId: "credential" } })).password;
}

describe("cross-tenant account takeover", () => {
  it.each([
    [
      "Add user",
      (b: Ctx, email: string, password: string) => addUser(b, { name: "Plant", email, role: "staff", password }),
    ],
    [
      "an invitation link B opens itself",
      async (b: Ctx, email: string, password: string) => {
        const { id } = await inviteUser(b, { email, role: "staff" });
        await acceptInvitationWithNewAccount({ invitationId: id, name: "Plant", password });
      },
    ],
  ])(
    "an account organization B planted through %s and released never opens organization A with B's password",
    async (_, plant) => {
      const orgB = await makeOrgWithRoles();
      const orgA = await makeOrgWithRoles();
      const email = newEmail();
      const passwordB = "known-to-org-b-1";
      await plant(orgB.ctx.admin, email, passwordB);
      await db.member.deleteMany({ where: { organizationId: orgB.org.id, user: { email } } });

      // Later A adds the email with its own temporary password, and invites it.
      await addUser(orgA.ctx.admin, { name: "New Hire", email, role: "manager", password: "chosen-by-org-a-1" });
      const invitation = await inviteUser(orgA.ctx.admin, { email, role: "manager" });
      // Without a session of the account, the link attaches nothing (B could only replay its password here).
      await expect(
        acceptInvitationWithNewAccount({ invitationId: invitation.id, name: "Plant", password: passwordB }),
      ).rejects.toMatchObject({ code: "CONFLICT" });

      const signedIn = await signIn({ email, password: passwordB }, request());
      expect(await resolveSessionCtx(signedIn.userId, orgA.org.id)).toBeNull();
      expect(await listUserOrganizations(signedIn.userId)).toEqual([]);
      await expect(signIn({ email, password: "chosen-by-org-a-1" }, request())).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
      expect(await db.member.count({ where: { organizationId: orgA.org.id, userId: signedIn.userId } })).toBe(0);
    },
  );

  it("a link cannot create, rename or re-password an existing account, and attaches nothing", async () => {
    const existing = await accountElsewhere();
    const { org, ctx } = await makeOrgWithRoles();
    const hashBefore = await credentialHash(existing.email);
    const invitation = await inviteUser(ctx.admin, { email: existing.email, role: "admin" });

    await expect(
      acceptInvitationWithNewAccount({ invitationId: invitation.id, name: "Mallory", password: "attacker-pass-1" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already exists/) });

    expect(await db.member.count({ where: { organizationId: org.id, userId: existing.userId } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.userId } })).name).toBe("Real Owner");
    expect(await credentialHash(existing.email)).toBe(hashBefore);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("pending");
  });

  it("refuses a session of another account, or an expired one, and attaches nothing", async () => {
    const existing = await accountElsewhere();
    const intruder = await accountElsewhere("intruder-pass-12");
    const { org, ctx } = await makeOrgWithRoles();
    const invitation = await inviteUser(ctx.admin, { email: existing.email, role: "staff" });

    const intruderSession = await sessionOf(intruder.email, intruder.password);
    await expect(
      acceptInvitation({ invitationId: invitation.id }, { sessionToken: intruderSession }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining(existing.email),
    });
    const ownerSession = await sessionOf(existing.email, existing.password);
    await db.session.update({ where: { token: ownerSession }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(
      acceptInvitation({ invitationId: invitation.id }, { sessionToken: ownerSession }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });

    expect(await db.member.count({ where: { organizationId: org.id } })).toBe(5);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("pending");
  });

  it("joins when the invited account's own session accepts, keeping its name and password", async () => {
    const existing = await accountElsewhere();
    const { org, ctx } = await makeOrgWithRoles();
    const invitation = await inviteUser(ctx.admin, { email: existing.email.toUpperCase(), role: "manager" });
    const token = await sessionOf(existing.email, existing.password);

    await expect(acceptInvitation({ invitationId: invitation.id }, { sessionToken: token })).resolves.toEqual({
      email: existing.email,
      organizationId: org.id,
    });

    const member = await db.member.findFirstOrThrow({ where: { organizationId: org.id, userId: existing.userId } });
    expect(member.role).toBe("manager");
    expect((await db.session.findUniqueOrThrow({ where: { token } })).activeOrganizationId).toBe(org.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.userId } })).name).toBe("Real Owner");
    await expect(sessionOf(existing.email, existing.password)).resolves.toEqual(expect.any(String));
    await expect(acceptInvitation({ invitationId: invitation.id }, { sessionToken: token })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("addUser never tells an admin whether an email has an account elsewhere", () => {
  it("answers, lists and hashes the same for a brand-new email and for an account elsewhere, which stays untouched", async () => {
    const existing = await accountElsewhere();
    const { ctx } = await makeOrgWithRoles();
    const hashBefore = await credentialHash(existing.email);
    const membersBefore = (await listMembers(ctx.admin, page)).total;
    const input = { name: "Same Name", role: "staff" as const, password: "temporary-pass-1" };
    const hashing = vi.mocked(hashPassword);

    hashing.mockClear();
    const fresh = await addUser(ctx.admin, { ...input, email: newEmail().toUpperCase() });
    const freshHashes = hashing.mock.calls.length;
    hashing.mockClear();
    const elsewhere = await addUser(ctx.admin, { ...input, email: existing.email.toUpperCase() });
    const elsewhereHashes = hashing.mock.calls.length;

    // Same keys, and every value the same up to the email, the random link id and the clock.
    const blind = (r: typeof fresh) => ({
      ...r,
      id: r.id.replace(/[\w-]/g, "x"),
      path: r.path.replace(r.id, ":id"),
      email: "<email>",
      expiresAt: Math.round((r.expiresAt.getTime() - Date.now()) / 60_000),
    });
    expect(blind(elsewhere)).toEqual(blind(fresh));
    expect(Object.keys(elsewhere).sort()).toEqual(Object.keys(fresh).sort());
    expect(elsewhere).not.toHaveProperty("existingAccount");
    expect(elsewhere.email).toBe(existing.email);
    expect([freshHashes, elsewhereHashes]).toEqual([1, 1]);

    // Neither is a member yet; both are listed alike as pending invitations.
    expect((await listMembers(ctx.admin, page)).total).toBe(membersBefore);
    const pending = await listPendingInvitations(ctx.admin);
    const blindRow = (id: string) => ({
      ...pending.find((row) => row.id === id),
      id: "",
      email: "",
      createdAt: 0,
      expiresAt: 0,
    });
    expect(blindRow(fresh.id)).toMatchObject({ role: "staff", expired: false, invitedBy: expect.any(String) });
    expect(blindRow(elsewhere.id)).toEqual(blindRow(fresh.id));

    // The account elsewhere keeps its name and password; the admin's password does not sign into it.
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.userId } })).name).toBe("Real Owner");
    expect(await credentialHash(existing.email)).toBe(hashBefore);
    await expect(signIn({ email: existing.email, password: input.password }, request())).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("a brand-new email gets an account with the temporary password, which signs in and accepts the link", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const email = `${uniq("new-")}@Example.TEST`;
    const added = await addUser(ctx.admin, {
      name: "New Person",
      email,
      role: "manager",
      password: "temporary-pass-1",
    });

    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user.name).toBe("New Person");
    expect(await db.member.count({ where: { userId: user.id } })).toBe(0);
    const token = await sessionOf(email, "temporary-pass-1");
    await acceptInvitation({ invitationId: added.id }, { sessionToken: token });
    const member = await db.member.findFirstOrThrow({ where: { organizationId: org.id, userId: user.id } });
    expect(member.role).toBe("manager");
    expect(await resolveSessionCtx(user.id, null)).toMatchObject({ orgId: org.id, role: "manager" });
  });

  it("adding the same email again never resets the password set the first time", async () => {
    const { ctx } = await makeOrgWithRoles();
    const email = newEmail();
    await addUser(ctx.admin, { name: "First", email, role: "staff", password: "first-temp-pass-1" });
    await addUser(ctx.admin, { name: "Second", email, role: "viewer", password: "second-temp-pass-2" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("First");
    await expect(signIn({ email, password: "second-temp-pass-2" }, request())).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(sessionOf(email, "first-temp-pass-1")).resolves.toEqual(expect.any(String));
  });

  it("two organizations adding the same new email at once both get an invitation and only one account exists", async () => {
    const [a, b] = await Promise.all([makeOrgWithRoles(), makeOrgWithRoles()]);
    const email = newEmail();
    const results = await Promise.all(
      [a, b].map((org, i) =>
        addUser(org.ctx.admin, { name: `Racer ${i}`, email, role: "staff", password: `racing-pass-${i}-123` }),
      ),
    );
    expect(results.map((r) => r.email)).toEqual([email, email]);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.account.count({ where: { user: { email } } })).toBe(1);
  });
});

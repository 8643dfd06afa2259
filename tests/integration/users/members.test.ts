import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signIn } from "@/lib/auth/login";
import { acceptInvitation } from "@/lib/users/acceptance";
import { addUser } from "@/lib/users/mutations";
import { listMembers } from "@/lib/users/queries";
import { makeOrg, makeOrgWithRoles, makeUser, uniq } from "@/tests/factories";

const page = { q: "", page: 1, perPage: 20 };
const ip = () => `172.16.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
const request = () => {
  const address = ip();
  return { ip: address, headers: new Headers() };
};

describe("listMembers", () => {
  it("lists only this organization's members, searchable by name or email and paginated", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const marker = uniq("zz");
    await makeUser(org.id, "staff", { name: `Zed ${marker}` });
    await makeUser(org.id, "viewer", { email: `${marker}@example.test` });
    const other = await makeOrg();
    await makeUser(other.id, "staff", { name: `Zed ${marker} elsewhere` });

    const all = await listMembers(ctx.admin, page);
    expect(all.total).toBe(7);
    expect(all.rows.map((r) => r.name)).toEqual([...all.rows.map((r) => r.name)].sort());

    const found = await listMembers(ctx.admin, { ...page, q: marker.toUpperCase() });
    expect(found.rows).toHaveLength(2);
    expect(found.rows[0]).toMatchObject({
      role: expect.any(String),
      joinedAt: expect.any(Date),
      email: expect.any(String),
    });

    const second = await listMembers(ctx.admin, { q: "", page: 2, perPage: 5 });
    expect(second).toMatchObject({ total: 7, pageCount: 2 });
    expect(second.rows).toHaveLength(2);
  });
});

describe("addUser", () => {
  it("creates the account with the temporary password and an invitation; the person is a member once they accept", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const email = `${uniq("new-")}@Example.TEST`;
    const result = await addUser(ctx.admin, {
      name: "New Person",
      email,
      role: "manager",
      password: "temporary-pass-1",
    });

    expect(result).toEqual({
      id: expect.any(String),
      email: email.toLowerCase(),
      role: "manager",
      expiresAt: expect.any(Date),
      path: `/invite/${result.id}`,
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user.name).toBe("New Person");
    const { token } = await signIn({ email, password: "temporary-pass-1" }, request());
    await acceptInvitation({ invitationId: result.id }, { sessionToken: token });
    const member = await db.member.findFirstOrThrow({ where: { organizationId: org.id, userId: user.id } });
    expect(member.role).toBe("manager");
  });

  it("refuses someone who is already a member, with a field error on email", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const existing = await makeUser(org.id, "staff");
    await expect(
      addUser(ctx.admin, { name: "Again", email: existing.email, role: "staff", password: "temporary-pass-1" }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: [expect.any(String)] } });
  });

  it("lets only owners add owners", async () => {
    const { ctx } = await makeOrgWithRoles();
    const input = {
      name: "Boss",
      email: `${uniq("boss-")}@example.test`,
      role: "owner" as const,
      password: "temporary-pass-1",
    };
    await expect(addUser(ctx.admin, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addUser(ctx.owner, input)).resolves.toMatchObject({ role: "owner" });
  });
});

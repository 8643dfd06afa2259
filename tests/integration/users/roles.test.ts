import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeMemberRole, removeMember } from "@/lib/users/mutations";
import { makeOrgWithRoles, makeUser } from "@/tests/factories";
import type { Ctx } from "@/lib/auth/context";

async function memberIdOf(ctx: Ctx) {
  return (await db.member.findFirstOrThrow({ where: { organizationId: ctx.orgId, userId: ctx.userId! } })).id;
}
const roleOf = async (memberId: string) => (await db.member.findUniqueOrThrow({ where: { id: memberId } })).role;

describe("changeMemberRole", () => {
  it("changes another member's role", async () => {
    const { ctx } = await makeOrgWithRoles();
    const staffId = await memberIdOf(ctx.staff);
    await expect(changeMemberRole(ctx.admin, { memberId: staffId, role: "manager" })).resolves.toEqual({
      memberId: staffId,
      role: "manager",
    });
    expect(await roleOf(staffId)).toBe("manager");
  });

  it("does not let admins grant owner or touch an owner", async () => {
    const { ctx } = await makeOrgWithRoles();
    const staffId = await memberIdOf(ctx.staff);
    const ownerId = await memberIdOf(ctx.owner);
    await expect(changeMemberRole(ctx.admin, { memberId: staffId, role: "owner" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(changeMemberRole(ctx.admin, { memberId: ownerId, role: "staff" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only an owner can change an owner.",
    });
    expect(await roleOf(ownerId)).toBe("owner");
  });

  it("does not let anyone change their own role", async () => {
    const { ctx } = await makeOrgWithRoles();
    await expect(
      changeMemberRole(ctx.admin, { memberId: await memberIdOf(ctx.admin), role: "owner" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "You can't change your own role.",
    });
  });

  it("lets an owner promote and demote owners, but never the last one", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const second = await makeUser(org.id, "owner");
    const secondCtx: Ctx = { ...ctx.owner, userId: second.id };
    const firstId = await memberIdOf(ctx.owner);
    const secondId = await memberIdOf(secondCtx);

    await changeMemberRole(ctx.owner, { memberId: secondId, role: "admin" });
    expect(await roleOf(secondId)).toBe("admin");
    await changeMemberRole(ctx.owner, { memberId: secondId, role: "owner" });

    await changeMemberRole(secondCtx, { memberId: firstId, role: "admin" });
    // `second` is now the only owner; the demoted first owner (an admin now) cannot touch them, and a
    // context still claiming owner (a stale one) is stopped by the last-owner rule.
    await expect(
      changeMemberRole({ ...ctx.owner, role: "admin" }, { memberId: secondId, role: "staff" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(changeMemberRole(ctx.owner, { memberId: secondId, role: "staff" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/at least one owner/),
    });
    expect(await roleOf(secondId)).toBe("owner");
  });

  it("treats a member of another organization as not found", async () => {
    const mine = await makeOrgWithRoles();
    const theirs = await makeOrgWithRoles();
    const foreignId = await memberIdOf(theirs.ctx.staff);
    await expect(changeMemberRole(mine.ctx.owner, { memberId: foreignId, role: "viewer" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(removeMember(mine.ctx.owner, { memberId: foreignId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await roleOf(foreignId)).toBe("staff");
  });
});

describe("removeMember", () => {
  it("removes the membership but keeps the account", async () => {
    const { ctx } = await makeOrgWithRoles();
    const staffId = await memberIdOf(ctx.staff);
    await removeMember(ctx.admin, { memberId: staffId });
    expect(await db.member.findUnique({ where: { id: staffId } })).toBeNull();
    expect(await db.user.findUnique({ where: { id: ctx.staff.userId! } })).not.toBeNull();
  });

  it("refuses to remove yourself, an owner (for admins) or the last owner", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const ownerId = await memberIdOf(ctx.owner);
    await expect(removeMember(ctx.admin, { memberId: await memberIdOf(ctx.admin) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "You can't remove yourself.",
    });
    await expect(removeMember(ctx.admin, { memberId: ownerId })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const second = await makeUser(org.id, "owner");
    const secondCtx: Ctx = { ...ctx.owner, userId: second.id };
    await removeMember(secondCtx, { memberId: ownerId });
    // `second` is the last owner now: even a (stale) owner context cannot remove them.
    await expect(removeMember(ctx.owner, { memberId: await memberIdOf(secondCtx) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/at least one owner/),
    });
  });
});

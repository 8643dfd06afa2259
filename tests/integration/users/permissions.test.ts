import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { addUser, changeMemberRole, inviteUser, removeMember, revokeInvitation } from "@/lib/users/mutations";
import { listMembers, listPendingInvitations } from "@/lib/users/queries";
import { makeOrgWithRoles, makeUser, uniq } from "@/tests/factories";

const allowed: Role[] = ["owner", "admin"];
const denied: Role[] = ["manager", "staff", "viewer"];

describe("users permission matrix", () => {
  it.each([...allowed.map((r) => [r, true] as const), ...denied.map((r) => [r, false] as const)])(
    "%s may manage users: %s",
    async (role, may) => {
      const { org, ctx } = await makeOrgWithRoles();
      const target = await makeUser(org.id, "staff");
      const targetId = (await db.member.findFirstOrThrow({ where: { userId: target.id } })).id;
      const invitation = await inviteUser(ctx.owner, { email: `${uniq("p-")}@example.test`, role: "staff" });
      const acting = ctx[role];
      const calls = [
        () => listMembers(acting, { q: "", page: 1, perPage: 20 }),
        () => listPendingInvitations(acting),
        () =>
          addUser(acting, {
            name: "P",
            email: `${uniq("p-")}@example.test`,
            role: "viewer",
            password: "temporary-pass-1",
          }),
        () => inviteUser(acting, { email: `${uniq("p-")}@example.test`, role: "viewer" }),
        () => changeMemberRole(acting, { memberId: targetId, role: "viewer" }),
        () => revokeInvitation(acting, { invitationId: invitation.id }),
        () => removeMember(acting, { memberId: targetId }),
      ];
      for (const call of calls) {
        if (may) await expect(call()).resolves.toBeTruthy();
        else await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
      expect(await db.member.count({ where: { id: targetId } })).toBe(may ? 0 : 1);
    },
  );
});

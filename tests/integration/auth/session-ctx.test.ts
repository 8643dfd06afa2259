import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listUserOrganizations, resolveSessionCtx, switchActiveOrganization } from "@/lib/auth/membership";
import { makeOrg, makeUser } from "@/tests/factories";

async function joinOrg(orgId: string, userId: string, role: string, createdAt = new Date()) {
  return db.member.create({ data: { id: randomUUID(), organizationId: orgId, userId, role, createdAt } });
}

async function makeSession(userId: string, activeOrganizationId: string | null) {
  return db.session.create({
    data: {
      id: randomUUID(),
      token: randomUUID(),
      userId,
      activeOrganizationId,
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });
}

describe("session → ctx", () => {
  it("acts in the active organization with the role stored on the membership", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, "manager");
    await expect(resolveSessionCtx(user.id, org.id)).resolves.toEqual({
      orgId: org.id,
      userId: user.id,
      role: "manager",
      actor: "user",
    });
  });

  it("reads the role fresh, so a role change applies on the next request", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, "admin");
    expect((await resolveSessionCtx(user.id, org.id))?.role).toBe("admin");
    await db.member.updateMany({ where: { organizationId: org.id, userId: user.id }, data: { role: "viewer" } });
    expect((await resolveSessionCtx(user.id, org.id))?.role).toBe("viewer");
  });

  it("falls back to the first membership when the active organization is unset or was left", async () => {
    const [first, second, other] = [await makeOrg(), await makeOrg(), await makeOrg()];
    const user = await makeUser(first.id, "staff");
    await db.member.updateMany({ where: { userId: user.id }, data: { createdAt: new Date("2026-01-01") } });
    await joinOrg(second.id, user.id, "admin", new Date("2026-02-01"));

    expect((await resolveSessionCtx(user.id, null))?.orgId).toBe(first.id);
    expect(await resolveSessionCtx(user.id, other.id)).toMatchObject({ orgId: first.id, role: "staff" });
    expect(await resolveSessionCtx(user.id, second.id)).toMatchObject({ orgId: second.id, role: "admin" });
    expect((await listUserOrganizations(user.id)).map((o) => o.id)).toEqual([first.id, second.id]);
  });

  it("returns null for a user without any membership", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, "staff");
    await db.member.deleteMany({ where: { userId: user.id } });
    await expect(resolveSessionCtx(user.id, org.id)).resolves.toBeNull();
  });

  it("ignores memberships with an unknown role", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, "staff");
    await db.member.updateMany({ where: { userId: user.id }, data: { role: "member" } });
    await expect(resolveSessionCtx(user.id, org.id)).resolves.toBeNull();
  });

  it("switches the active organization only to one the user belongs to", async () => {
    const [first, second, foreign] = [await makeOrg(), await makeOrg(), await makeOrg()];
    const user = await makeUser(first.id, "staff");
    await joinOrg(second.id, user.id, "viewer");
    const session = await makeSession(user.id, first.id);

    await switchActiveOrganization(session, second.id);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).activeOrganizationId).toBe(second.id);

    await expect(switchActiveOrganization(session, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).activeOrganizationId).toBe(second.id);
  });
});

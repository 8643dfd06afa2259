import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUserWithPassword } from "@/lib/auth/credentials";
import { signIn } from "@/lib/auth/login";
import { makeOrg, uniq } from "@/tests/factories";
import { randomUUID } from "node:crypto";

const password = "correct-horse-battery";

async function makeSignInUser(orgIds: string[]) {
  const email = `${uniq("login-")}@example.test`;
  const user = await createUserWithPassword(db, { email, name: "Login User", password });
  for (const [i, organizationId] of orgIds.entries()) {
    await db.member.create({
      data: {
        id: randomUUID(),
        organizationId,
        userId: user.id,
        role: "staff",
        createdAt: new Date(Date.UTC(2026, 0, i + 1)),
      },
    });
  }
  return { user, email };
}

const request = (ip = `10.0.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`) => ({
  ip,
  headers: new Headers({ "x-forwarded-for": ip }),
});

describe("signIn", () => {
  it("creates a session whose active organization is the first membership", async () => {
    const [first, second] = [await makeOrg(), await makeOrg()];
    const { user, email } = await makeSignInUser([first.id, second.id]);

    const result = await signIn({ email: email.toUpperCase(), password }, request());

    expect(result.userId).toBe(user.id);
    const session = await db.session.findUniqueOrThrow({ where: { token: result.token } });
    expect(session.userId).toBe(user.id);
    expect(session.activeOrganizationId).toBe(first.id);
    expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
  });

  it("rejects a wrong password and an unknown email alike", async () => {
    const { email } = await makeSignInUser([(await makeOrg()).id]);
    await expect(signIn({ email, password: "wrong-password-123" }, request())).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Invalid email or password.",
    });
    await expect(signIn({ email: "nobody@example.test", password }, request())).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signIn } from "@/lib/auth/login";
import { makeOrg, makeSignInUser } from "@/tests/factories";

const password = "correct-horse-battery";

const request = (ip = `10.0.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`) => ({
  ip,
  headers: new Headers({ "x-forwarded-for": ip }),
});

describe("signIn", () => {
  it("creates a session whose active organization is the first membership", async () => {
    const [first, second] = [await makeOrg(), await makeOrg()];
    const { user, email } = await makeSignInUser(password, { orgIds: [first.id, second.id], emailPrefix: "login-" });

    const result = await signIn({ email: email.toUpperCase(), password }, request());

    expect(result.userId).toBe(user.id);
    const session = await db.session.findUniqueOrThrow({ where: { token: result.token } });
    expect(session.userId).toBe(user.id);
    expect(session.activeOrganizationId).toBe(first.id);
    expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
  });

  it("rejects a wrong password and an unknown email alike", async () => {
    const { email } = await makeSignInUser(password, { orgIds: [(await makeOrg()).id], emailPrefix: "login-" });
    await expect(signIn({ email, password: "wrong-password-123" }, request())).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Invalid email or password.",
    });
    await expect(signIn({ email: "nobody@example.test", password }, request())).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

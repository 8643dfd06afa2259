import { describe, expect, it } from "vitest";
import { handleAuthRequest } from "@/lib/auth/http";
import { makeSignInUser } from "@/tests/factories";

const base = "http://localhost:3000/api/auth";
const password = "correct-horse-battery";

function post(path: string, body: unknown, ip: string, cookie?: string) {
  return handleAuthRequest(
    new Request(`${base}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        "x-forwarded-for": ip,
        ...(cookie && { cookie }),
      },
      body: JSON.stringify(body),
    }),
  );
}

describe("/api/auth over HTTP", () => {
  it("signs in, reads the session from the cookie and signs out", async () => {
    const { orgId, email } = await makeSignInUser(password, { role: "admin", emailPrefix: "http-" });
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const response = await post("/sign-in/email", { email, password }, ip);
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie")?.split(";")[0];
    expect(cookie).toMatch(/^better-auth\.session_token=/);

    const session = await handleAuthRequest(new Request(`${base}/get-session`, { headers: { cookie: cookie! } }));
    const body = (await session.json()) as { session: { activeOrganizationId: string }; user: { email: string } };
    expect(body.user.email).toBe(email);
    expect(body.session.activeOrganizationId).toBe(orgId);

    expect((await post("/sign-out", {}, ip, cookie)).status).toBe(200);
    const after = await handleAuthRequest(new Request(`${base}/get-session`, { headers: { cookie: cookie! } }));
    expect(await after.json()).toBeNull();
  });

  it("throttles HTTP sign-in with the same limiter as the login form", async () => {
    const { email } = await makeSignInUser(password, { role: "admin", emailPrefix: "http-" });
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 5; i++)
      expect((await post("/sign-in/email", { email, password: "wrong-password-1" }, ip)).status).toBe(401);
    const blocked = await post("/sign-in/email", { email, password }, ip);
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toEqual({
      error: { code: "RATE_LIMITED", message: expect.stringMatching(/^Too many sign-in attempts/) },
    });
  });

  it.each(["/sign-up/email", "/organization/create", "/organization/update-member-role", "/request-password-reset"])(
    "does not expose %s",
    async (path) => {
      const response = await post(path, { email: "x@example.test", password, name: "X" }, "203.0.113.1");
      expect(response.status).toBe(404);
    },
  );
});

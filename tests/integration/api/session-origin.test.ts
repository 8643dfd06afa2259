// Writes by browser session must come from the app's own origin: a forwarded header cannot vouch for
// a foreign one (CSRF), while the app's own pages (Origin = Host, or the configured public URL) pass.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as cancelJob } from "@/app/api/v1/jobs/[id]/cancel/route";
import { makeOrg, makeUser } from "@/tests/factories";
import { call, makeSessionCookie } from "@/tests/support/api";

async function sessionCookie(): Promise<string> {
  const org = await makeOrg();
  const user = await makeUser(org.id, "admin");
  return (await makeSessionCookie(user.id, org.id)).cookie;
}

describe("session writes and their origin", () => {
  it("refuses a foreign Origin even when X-Forwarded-Host claims it", async () => {
    const cookie = await sessionCookie();
    const id = randomUUID();
    const forged = await call(cancelJob, "POST", `/api/v1/jobs/${id}/cancel`, {
      params: { id },
      headers: { cookie, host: "localhost", origin: "https://evil.example", "x-forwarded-host": "evil.example" },
    });
    expect(forged.status).toBe(403);
    expect(forged.json.error.message).toMatch(/Cross-site/);

    const own = await call(cancelJob, "POST", `/api/v1/jobs/${id}/cancel`, {
      params: { id },
      headers: { cookie, host: "localhost", origin: "http://localhost" },
    });
    expect(own.status).toBe(404);
  });
});

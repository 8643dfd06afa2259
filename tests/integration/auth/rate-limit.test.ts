import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUserWithPassword } from "@/lib/auth/credentials";
import { getClientIp, consumeSignInAttempt, signIn } from "@/lib/auth/login";
import { makeOrg, uniq } from "@/tests/factories";

const password = "correct-horse-battery";
const randomIp = () => `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
const from = (ip: string) => ({ ip, headers: new Headers({ "x-forwarded-for": ip }) });

async function makeSignInUser() {
  const org = await makeOrg();
  const email = `${uniq("rl-")}@example.test`;
  const user = await createUserWithPassword(db, { email, name: "Rate Limited", password });
  await db.member.create({ data: { id: randomUUID(), organizationId: org.id, userId: user.id, role: "staff" } });
  return email;
}

async function failTimes(times: number, email: string, ip: string) {
  for (let i = 0; i < times; i++) {
    await expect(signIn({ email, password: "wrong-password-000" }, from(ip))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  }
}

describe("sign-in throttling", () => {
  it("blocks an email+IP after 5 failures, even with the right password", async () => {
    const email = await makeSignInUser();
    const ip = randomIp();
    await failTimes(5, email, ip);

    const blocked = signIn({ email, password }, from(ip));
    await expect(blocked).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(blocked).rejects.toThrow(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/);
    // Another IP, and the same IP for another email, are unaffected.
    await expect(signIn({ email, password }, from(randomIp()))).resolves.toMatchObject({ token: expect.any(String) });
  });

  it("resets the email+IP counter after a successful sign-in", async () => {
    const email = await makeSignInUser();
    const ip = randomIp();
    await failTimes(4, email, ip);
    await signIn({ email, password }, from(ip));
    await failTimes(5, email, ip);
    await expect(signIn({ email, password }, from(ip))).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("blocks an IP after 50 attempts across different emails", async () => {
    const ip = randomIp();
    for (let i = 0; i < 50; i++) await consumeSignInAttempt({ email: `guess-${i}@example.test`, ip });
    await expect(consumeSignInAttempt({ email: "another@example.test", ip })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Try again in (59|60) minutes/),
    });
  });

  it("keeps its counters in the database (shared by every instance), never the email itself", async () => {
    const ip = randomIp();
    const email = `${uniq("stored-")}@example.test`;
    for (let i = 0; i < 5; i++) await consumeSignInAttempt({ email, ip });
    await expect(consumeSignInAttempt({ email, ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });

    const rows = await db.rateLimiterFlexible.findMany({ where: { key: { contains: ip } } });
    expect(rows.map((r) => r.key).sort()).toEqual([expect.stringMatching(/^login_email_ip:[0-9a-f]{32}:/), `login_ip:${ip}`]);
    expect(rows.some((r) => r.key.includes(email))).toBe(false);

    // Clearing the table (as another instance's expiry would) lifts the block: no state in memory.
    await db.rateLimiterFlexible.deleteMany({ where: { key: { contains: ip } } });
    await expect(consumeSignInAttempt({ email, ip })).resolves.toBeUndefined();
  });

  it("counts parallel guesses atomically", async () => {
    const ip = randomIp();
    const email = `${uniq("parallel-")}@example.test`;
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => consumeSignInAttempt({ email, ip })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
  });

  it("reads the client address from the forwarding headers", () => {
    expect(getClientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(getClientIp(new Headers({ "x-real-ip": "203.0.113.8" }))).toBe("203.0.113.8");
    expect(getClientIp(new Headers())).toBe("unknown");
  });
});

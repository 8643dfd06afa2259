import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { consumeSignInAttempt, signIn } from "@/lib/auth/login";
import { makeSignInUser, uniq } from "@/tests/factories";

const password = "correct-horse-battery";
const randomIp = () =>
  `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
const from = (ip: string) => ({ ip, headers: new Headers() });

async function failTimes(times: number, email: string, ip: string) {
  for (let i = 0; i < times; i++) {
    await expect(signIn({ email, password: "wrong-password-000" }, from(ip))).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  }
}

describe("sign-in throttling", () => {
  it("never records a client-sent X-Forwarded-For as the session's address", async () => {
    const email = (await makeSignInUser(password, { emailPrefix: "rl-" })).email;
    const headers = new Headers({ "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.67" });
    const { token } = await signIn({ email, password }, { ip: randomIp(), headers });
    const session = await db.session.findUniqueOrThrow({ where: { token }, select: { ipAddress: true } });
    expect(session.ipAddress ?? "").not.toMatch(/^203\.0\.113\./);
  });

  it("blocks an email+IP after 5 failures, even with the right password", async () => {
    const email = (await makeSignInUser(password, { emailPrefix: "rl-" })).email;
    const ip = randomIp();
    await failTimes(5, email, ip);

    const blocked = signIn({ email, password }, from(ip));
    await expect(blocked).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(blocked).rejects.toThrow(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/);
    // Another IP, and the same IP for another email, are unaffected.
    await expect(signIn({ email, password }, from(randomIp()))).resolves.toMatchObject({ token: expect.any(String) });
  });

  it("resets the email+IP counter after a successful sign-in", async () => {
    const email = (await makeSignInUser(password, { emailPrefix: "rl-" })).email;
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
    expect(rows.map((r) => r.key).sort()).toEqual([
      expect.stringMatching(/^login_email_ip:[0-9a-f]{32}:/),
      `login_ip:${ip}`,
    ]);
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

  it("holds 10 failures per email whatever the IP, the right password included", async () => {
    const email = (await makeSignInUser(password, { emailPrefix: "rl-" })).email;
    for (let i = 0; i < 10; i++) await failTimes(1, email, randomIp());
    const guess = signIn({ email, password: "wrong-password-000" }, from(randomIp()));
    await expect(guess).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(signIn({ email, password }, from(randomIp()))).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Try again in 1[45] minutes/),
    });
  });

  it("does not let one address lock an account by itself", async () => {
    const email = (await makeSignInUser(password, { emailPrefix: "rl-" })).email;
    const attacker = randomIp();
    await failTimes(5, email, attacker);
    for (let i = 0; i < 50; i++) {
      await expect(consumeSignInAttempt({ email, ip: attacker })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    }
    await expect(signIn({ email, password }, from(randomIp()))).resolves.toMatchObject({ token: expect.any(String) });
  });

  it("gives a successful sign-in its own attempt back, not the email's earlier failures", async () => {
    const email = (await makeSignInUser(password, { emailPrefix: "rl-" })).email;
    await failTimes(5, email, randomIp());
    await failTimes(4, email, randomIp());
    await signIn({ email, password }, from(randomIp()));
    await failTimes(1, email, randomIp());
    await expect(signIn({ email, password }, from(randomIp()))).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("counts an IPv6 client by its /64, so rotating addresses inside it gains nothing", async () => {
    const email = `${uniq("v6-")}@example.test`;
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`;
    for (let i = 0; i < 5; i++) await consumeSignInAttempt({ email, ip: `${prefix}::${(i + 1).toString(16)}` });
    await expect(consumeSignInAttempt({ email, ip: `${prefix}:ffff:0:0:9` })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(consumeSignInAttempt({ email, ip: `2001:db8:ffff:2::1` })).resolves.toBeUndefined();
    const rows = await db.rateLimiterFlexible.findMany({ where: { key: { startsWith: `login_ip:${prefix}` } } });
    expect(rows.map((r) => [r.key, r.points])).toEqual([[`login_ip:${prefix}::/64`, 6]]);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { signInAction } from "@/lib/auth/actions";
import { handleAuthRequest } from "@/lib/auth/http";
import { getClientIp, RECEIVED_FROM_HEADER } from "@/lib/http/client-ip";
import { makeSignInUser, uniq } from "@/tests/factories";
import { startSocketServer, type SocketServer } from "./socket-server";

// The sign-in action reads the request headers from Next.js; here they are the ones the socket server
// received (with the recorded peer), handed over per request.
vi.mock("next/headers", () => ({ headers: vi.fn() }));

const password = "correct-horse-battery";
const octet = () => 1 + Math.floor(Math.random() * 253);
/** A fresh loopback address to connect from (the socket peer the server sees). */
const loopback = () => `127.${octet()}.${octet()}.${octet()}`;
const publicIp = (i: number) => `198.51.${Math.floor(i / 250)}.${1 + (i % 250)}`;

let server: SocketServer;

beforeAll(async () => {
  server = await startSocketServer(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/ip") return Response.json({ ip: getClientIp(request.headers) });
    if (pathname === "/action") {
      vi.mocked(headers).mockResolvedValue(request.headers as Awaited<ReturnType<typeof headers>>);
      try {
        return Response.json(await signInAction((await request.json()) as { email: string; password: string }));
      } catch (error) {
        return Response.json({ thrown: error instanceof Error ? error.message : String(error) });
      }
    }
    return handleAuthRequest(request);
  });
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllEnvs());

type Path = "http" | "action";

/** One sign-in attempt; "checked" when the password was actually tried, "refused" when throttled. */
async function attempt(path: Path, from: string, email: string, pass: string, xff?: string) {
  const headers: Record<string, string> = xff ? { "x-forwarded-for": xff } : {};
  const init = { from, body: { email, password: pass }, headers };
  const { status, body } = await server.send(path === "http" ? "/api/auth/sign-in/email" : "/action", init);
  const answer = body as { error?: { code?: string }; thrown?: string } | null;
  const code = answer?.error?.code;
  if (path === "http") {
    if (status === 429 && code === "RATE_LIMITED") return "refused";
    if (status === 401) return "checked";
    if (status === 200) return "signed-in";
  } else {
    if (code === "RATE_LIMITED") return "refused";
    if (code === "UNAUTHORIZED") return "checked";
    if (answer?.thrown === "NEXT_REDIRECT") return "signed-in";
  }
  throw new Error(`unexpected answer ${status} ${JSON.stringify(body)}`);
}

async function guess60(path: Path, from: () => string, xff: (i: number) => string) {
  const email = (await makeSignInUser(password, { emailPrefix: "xff-" })).email;
  const outcomes: string[] = [];
  for (let i = 0; i < 60; i++) outcomes.push(await attempt(path, from(), email, `wrong-password-${i}`, xff(i)));
  const count = (outcome: string) => outcomes.filter((o) => o === outcome).length;
  return { email, checked: count("checked"), refused: count("refused") };
}

describe("the client address", () => {
  it("is the socket peer by default: X-Forwarded-For, X-Real-IP and a forged recorder header are ignored", async () => {
    const from = loopback();
    const forged = {
      "x-forwarded-for": "203.0.113.7",
      "x-real-ip": "203.0.113.8",
      [RECEIVED_FROM_HEADER]: "0 203.0.113.9",
    };
    expect((await server.send("/ip", { from, headers: forged })).body).toEqual({ ip: from });
    expect((await server.send("/ip", { from })).body).toEqual({ ip: from });
  });

  it("is unknown (one shared bucket) when no peer was recorded, whatever the headers say", () => {
    const forged = new Headers({
      "x-forwarded-for": "203.0.113.7",
      [RECEIVED_FROM_HEADER]: "abc 203.0.113.9 203.0.113.7",
    });
    expect(getClientIp(forged)).toBe("unknown");
  });

  it("with TRUSTED_PROXIES=1 is the right-most X-Forwarded-For entry; =2 the one before it", async () => {
    const from = loopback();
    const xff = "6.6.6.6, 203.0.113.20, 203.0.113.21";
    vi.stubEnv("TRUSTED_PROXIES", "1");
    expect((await server.send("/ip", { from, headers: { "x-forwarded-for": xff } })).body).toEqual({
      ip: "203.0.113.21",
    });
    // Without the header (straight to the app) it is the peer.
    expect((await server.send("/ip", { from })).body).toEqual({ ip: from });
    vi.stubEnv("TRUSTED_PROXIES", "2");
    expect((await server.send("/ip", { from, headers: { "x-forwarded-for": xff } })).body).toEqual({
      ip: "203.0.113.20",
    });
  });

  it("with CIDRs skips trusted proxies from the right, starting at the peer", async () => {
    const from = loopback();
    const xff = "6.6.6.6, 203.0.113.30, 10.1.2.3";
    vi.stubEnv("TRUSTED_PROXIES", "127.0.0.0/8, 10.0.0.0/8");
    expect((await server.send("/ip", { from, headers: { "x-forwarded-for": xff } })).body).toEqual({
      ip: "203.0.113.30",
    });
    // A peer outside the list is the client itself, whatever it forwards.
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8");
    expect((await server.send("/ip", { from, headers: { "x-forwarded-for": xff } })).body).toEqual({ ip: from });
  });
});

describe.each<Path>(["http", "action"])("60 guesses with a rotating X-Forwarded-For through %s", (path) => {
  it("are checked at most 5 times (the email+IP limit) when no proxy is trusted", async () => {
    const from = loopback();
    const { checked, refused } = await guess60(path, () => from, publicIp);
    expect(checked).toBe(5);
    expect(refused).toBe(55);
  });

  it("are checked at most 10 times (the per-email limit) when every guess really comes from another address", async () => {
    vi.stubEnv("TRUSTED_PROXIES", "1");
    const proxy = loopback();
    const { email, checked, refused } = await guess60(path, () => proxy, publicIp);
    expect(checked).toBe(10);
    expect(refused).toBe(50);
    // The right password is refused as well while the email is blocked (no oracle)
    expect(await attempt(path, proxy, email, password, "203.0.113.99")).toBe("refused");
  });

  it("are checked at most 10 times with CIDR-trusted proxies and rotating socket addresses", async () => {
    vi.stubEnv("TRUSTED_PROXIES", "127.0.0.0/8");
    const { checked } = await guess60(path, loopback, (i) => `6.6.6.6, ${publicIp(i)}`);
    expect(checked).toBe(10);
  });
});

describe("a forged X-Forwarded-For", () => {
  it("cannot lock out a victim who comes from another socket address", async () => {
    const victimEmail = (await makeSignInUser(password, { emailPrefix: "xff-" })).email;
    const [attacker, victim] = [loopback(), loopback()];
    // The attacker claims to be the victim: 5 guesses at the victim's account, then 45 more at another
    // (refused ones count too) until the attacker's address has spent its hourly budget.
    for (let i = 0; i < 5; i++)
      expect(await attempt("http", attacker, victimEmail, `wrong-${i}`, victim)).toBe("checked");
    const decoy = `${uniq("decoy-")}@example.test`;
    for (let i = 0; i < 45; i++) await attempt("http", attacker, decoy, "wrong-password-x", victim);
    expect(await attempt("http", attacker, `${uniq("more-")}@example.test`, "wrong-password-x", victim)).toBe(
      "refused",
    );

    expect(await attempt("http", victim, victimEmail, password)).toBe("signed-in");
    expect(await attempt("action", victim, victimEmail, password)).toBe("signed-in");
    const keys = (await db.rateLimiterFlexible.findMany({ where: { key: { contains: victim } } })).map((r) => r.key);
    expect(keys.filter((key) => key.startsWith("login_ip:"))).toEqual([`login_ip:${victim}`]);
  }, 60_000);
});

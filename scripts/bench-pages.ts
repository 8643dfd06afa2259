// Issue 15's page targets for `npm run bench:load`: with one user (requests one after another), the time
// to the first byte and to the last byte of the customers list, a customer, an aircraft and the new work
// order page, and each page's HTML size. The user is a manager of the benchmark organization, signed in
// by a session row and cookie made here as better-auth signs them (removed after the run).
import { createHmac, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { percentile } from "./bench-stats";

interface PageTiming {
  page: string;
  ttfb50: number;
  ttfb95: number;
  full50: number;
  full95: number;
  kb: number;
}

/** A manager of `orgId` and a signed session cookie for them; `cleanup` deletes both. */
export async function benchPageSession(orgId: string): Promise<{ cookie: string; cleanup: () => Promise<void> }> {
  const userId = randomUUID();
  await db.user.create({ data: { id: userId, name: "Bench Pages", email: `bench-pages-${userId}@example.test` } });
  await db.member.create({ data: { id: randomUUID(), organizationId: orgId, userId, role: "manager" } });
  const token = randomUUID().replace(/-/g, "");
  await db.session.create({
    data: { id: randomUUID(), token, userId, activeOrganizationId: orgId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  const signature = createHmac("sha256", resolveAuthSecret()).update(token).digest("base64");
  return {
    cookie: `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`,
    cleanup: async () => {
      await db.user.delete({ where: { id: userId } });
    },
  };
}

/** Each page `runs` times after `warmup` requests, one at a time; throws on a non-200 answer (a redirect to sign-in included). */
export async function measurePages(
  base: URL,
  cookie: string,
  pages: [string, string][],
  { runs = 20, warmup = 3 } = {},
): Promise<PageTiming[]> {
  const results: PageTiming[] = [];
  for (const [page, route] of pages) {
    const ttfb: number[] = [];
    const full: number[] = [];
    let bytes = 0;
    for (let i = 0; i < warmup + runs; i++) {
      const started = performance.now();
      const response = await fetch(new URL(route, base), { headers: { cookie }, redirect: "manual" });
      const first = performance.now();
      const body = new Uint8Array(await response.arrayBuffer());
      const last = performance.now();
      if (response.status !== 200) throw new Error(`${page} (${route}): ${response.status}`);
      if (i < warmup) continue;
      ttfb.push(first - started);
      full.push(last - started);
      bytes = body.byteLength;
    }
    results.push({
      page,
      ttfb50: percentile(ttfb, 0.5),
      ttfb95: percentile(ttfb, 0.95),
      full50: percentile(full, 0.5),
      full95: percentile(full, 0.95),
      kb: bytes / 1024,
    });
  }
  return results;
}

export function printPages(timings: PageTiming[], print: (header: string[], rows: string[][]) => void): void {
  print(
    ["page", "TTFB p50", "TTFB p95", "complete p50", "complete p95", "HTML", "target (TTFB ≤ 100 ms)"],
    timings.map((t) => [
      t.page,
      `${t.ttfb50.toFixed(0)} ms`,
      `${t.ttfb95.toFixed(0)} ms`,
      `${t.full50.toFixed(0)} ms`,
      `${t.full95.toFixed(0)} ms`,
      `${t.kb.toFixed(0)} KB`,
      t.ttfb50 <= 100 ? "met" : "not met",
    ]),
  );
}

// Webhook test helpers: an MSW receiver that records what it got, events written like mutations write
// them, and one organization's delivery step run in its tenant scope with a fake clock.
import { http, HttpResponse } from "msw";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { recordEvents, type EventRow } from "@/lib/events/record";
import { deliverForOrganization } from "@/lib/webhooks/delivery";

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** Every test host resolves to a public documentation-free address, so only the SSRF tests meet the guard. */
export const publicResolve = async () => ["93.184.216.34"];

/** A receiver at `url` answering with `status(n)` for its n-th request (0-based). */
export function receiver(url: string, status: (n: number) => number = () => 200) {
  const received: Received[] = [];
  const handler = http.post(url, async ({ request }) => {
    const n = received.length;
    received.push({ headers: Object.fromEntries(request.headers.entries()), body: await request.text() });
    return new HttpResponse(null, { status: status(n) });
  });
  return { received, handler };
}

export function deliver(ctx: Ctx, now = new Date(), resolve = publicResolve) {
  return runInOrganization(ctx.orgId, () => deliverForOrganization(ctx.orgId, { now, resolve }));
}

export function emit(ctx: Ctx, rows: EventRow[]) {
  return db.$transaction((tx) => recordEvents(tx, ctx, rows));
}

export function deliveriesOf(endpointId: string) {
  return db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "asc" }, { eventPosition: "asc" }],
  });
}

// Reading the whole event feed of an organization in tests, page by page.
import type { Ctx } from "@/lib/auth/context";
import { listEvents } from "@/lib/events/queries";
import type { EventResource } from "@/lib/events/resource";

/** Every event of ctx's organization after `after`, paging `limit` at a time. */
export async function readFeed(ctx: Ctx, opts: { after?: string; types?: string[]; limit?: number } = {}) {
  const events: EventResource[] = [];
  let after = opts.after;
  for (;;) {
    const page = await listEvents(ctx, { after, types: opts.types, limit: opts.limit ?? 1000 });
    events.push(...page.events);
    if (page.events.length === 0) return { events, nextCursor: page.nextCursor };
    after = page.nextCursor;
  }
}

// GET: live updates for the signed-in member's browser (Server-Sent Events, lib/live/sse.ts): the changes
// to the resources named by `topic` (repeatable: customer:<id>, asset:<id>, work_order:<id>, customers,
// work_orders) in their organization, ids and actor names only. Session only, not part of the REST API.
import { getAuth } from "@/lib/auth/auth";
import { resolveSessionCtx } from "@/lib/auth/membership";
import { getLiveHub } from "@/lib/live/hub";
import { openLiveStream, parseLastEventId } from "@/lib/live/sse";
import { liveTopicsSchema } from "@/lib/live/topics";

export const dynamic = "force-dynamic";

const problem = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request) {
  const session = await getAuth().api.getSession({ headers: request.headers });
  if (!session) return problem(401, "UNAUTHORIZED", "Sign in first.");
  const ctx = await resolveSessionCtx(session.user.id, session.session.activeOrganizationId);
  if (!ctx) return problem(403, "FORBIDDEN", "You are not a member of an organization.");
  const params = new URL(request.url).searchParams;
  const topics = liveTopicsSchema.safeParse(params.getAll("topic"));
  if (!topics.success) return problem(400, "VALIDATION", topics.error.issues[0]?.message ?? "Bad topics");
  const after = parseLastEventId(request.headers.get("last-event-id") ?? params.get("after"));
  const stream = openLiveStream(await getLiveHub(), ctx, topics.data, after, request.signal);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

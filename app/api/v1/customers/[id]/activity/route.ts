// GET a customer's timeline (type, from, to, cursor, limit); POST logs a note, call, email or meeting.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { toActivityResource } from "@/lib/activity/resource";
import { readCustomerIncludes } from "@/lib/customers/resource";
import { logActivity } from "@/lib/activity/mutations";
import { getActivityItem, listActivity } from "@/lib/activity/queries";
import { activityListInputFromSearchParams } from "@/lib/activity/schemas";

type Params = { id: string };

export const GET = apiRoute<Params>("listActivity", async (request, ctx, { id }) => {
  const input = activityListInputFromSearchParams(new URL(request.url).searchParams);
  const { items, nextCursor } = await listActivity(ctx, id, input);
  const includes = readCustomerIncludes(request);
  return Response.json({ data: items.map((item) => toActivityResource(item, includes)), meta: { nextCursor } });
});

export const POST = apiRoute<Params>("logActivity", async (request, ctx, { id }) => {
  const body = await readJsonObject(request);
  const activity = await logActivity(ctx, id, body);
  return Response.json({ data: await getActivityItem(ctx, activity.customerId, activity.id) }, { status: 201 });
});

// POST reverts a recorded change to the customer's details (managers and up); returns the revert entry.
import { apiRoute } from "@/lib/api/handler";
import { toActivityResource } from "@/lib/activity/resource";
import { readCustomerIncludes } from "@/lib/customers/resource";
import { revertChange } from "@/lib/activity/mutations";
import { getActivityItem } from "@/lib/activity/queries";

type Params = { id: string; activityId: string };

export const POST = apiRoute<Params>("revertActivity", async (request, ctx, { id, activityId }) => {
  const activity = await revertChange(ctx, activityId, { customerId: id });
  const item = await getActivityItem(ctx, activity.customerId, activity.id);
  return Response.json({ data: toActivityResource(item, readCustomerIncludes(request)) }, { status: 201 });
});

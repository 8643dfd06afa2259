// POST reverts a recorded change to the customer's details (managers and up); returns the revert entry.
import { apiRoute } from "@/lib/api/handler";
import { revertChange } from "@/lib/activity/mutations";

type Params = { id: string; activityId: string };

export const POST = apiRoute<Params>(async (_request, ctx, { id, activityId }) => {
  const activity = await revertChange(ctx, activityId, { customerId: id });
  return Response.json({ data: activity }, { status: 201 });
});

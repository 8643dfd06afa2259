// The customer's Activity tab (RSC): reads the first page of the timeline and what the user may do.
import { requireCtx } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listActivity } from "@/lib/activity/queries";
import { ActivityTimeline } from "./activity-timeline";

export async function CustomerActivityTab({ customerId }: { customerId: string }) {
  const ctx = await requireCtx();
  const firstPage = await listActivity(ctx, customerId);
  return (
    <ActivityTimeline
      customerId={customerId}
      firstPage={firstPage}
      canLog={can(ctx.role, "activity:create")}
      canRevert={can(ctx.role, "activity:revert")}
      canUndoMerge={can(ctx.role, "customer:merge")}
    />
  );
}

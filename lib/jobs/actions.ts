"use server";
// Job server actions: follow a job's progress and cancel it (the bulk-action dialog polls these).
import { z } from "zod";
import { action } from "@/lib/safe-action";
import { getJob, requestJobCancel } from "@/lib/jobs";
import { toJobResource } from "@/lib/jobs/resource";

export const getJobAction = action(z.object({ id: z.string() }), async ({ id }, ctx) =>
  toJobResource(await getJob(ctx, id)),
);

export const cancelJobAction = action(z.object({ id: z.string() }), async ({ id }, ctx) =>
  toJobResource(await requestJobCancel(ctx, id)),
);

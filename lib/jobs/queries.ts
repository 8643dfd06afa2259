import "server-only";
// Reading a job of the acting organization (another organization's job is NOT_FOUND).
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import type { JobRecord } from "@/lib/jobs/types";
import { isUuid } from "@/lib/validation";

export async function getJob(ctx: Ctx, id: string): Promise<JobRecord> {
  const job = isUuid(id) ? await db.job.findFirst({ where: { id, organizationId: ctx.orgId } }) : null;
  if (!job) throw notFound("Job");
  return job;
}

import "server-only";
// Reading a job of the acting organization (another organization's job is NOT_FOUND).
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import type { JobRecord } from "@/lib/jobs/types";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getJob(ctx: Ctx, id: string): Promise<JobRecord> {
  const job = uuidPattern.test(id) ? await db.job.findFirst({ where: { id, organizationId: ctx.orgId } }) : null;
  if (!job) throw notFound("Job");
  return job;
}

import "server-only";
// The acting context a job runs with: its organization, and its creator's role as it is NOW, so a
// demoted member's or revoked key's queued work is refused by the same permission checks.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { isRole } from "@/lib/auth/permissions";
import { isApiKeyRole } from "@/lib/api-keys/schemas";
import { AppError } from "@/lib/errors";
import type { JobRecord } from "@/lib/jobs/types";

export async function jobActorCtx(job: JobRecord): Promise<Ctx> {
  if (job.actorKind === "apiKey") {
    const key = job.apiKeyId
      ? await db.apiKey.findFirst({ where: { id: job.apiKeyId, organizationId: job.organizationId, revokedAt: null } })
      : null;
    if (!key || !isApiKeyRole(key.role)) throw new AppError("FORBIDDEN", "The API key that started this job was revoked.");
    return { orgId: job.organizationId, userId: key.createdById, role: key.role, actor: "apiKey", apiKeyId: key.id };
  }
  const member = job.createdById
    ? await db.member.findUnique({
        where: { organizationId_userId: { organizationId: job.organizationId, userId: job.createdById } },
        select: { role: true },
      })
    : null;
  if (!member || !isRole(member.role)) {
    throw new AppError("FORBIDDEN", "The user who started this job is no longer a member of the organization.");
  }
  return { orgId: job.organizationId, userId: job.createdById, role: member.role, actor: "user" };
}

import "server-only";
// Who a job acts as, checked when it starts and at every checkpoint: the API key that queued it must
// still exist unrevoked, the user who queued it must still be a member, and either must still hold
// the permission that starts this kind of job. Otherwise the job stops, cancelled, with the reason. A job
// the app scheduled itself ("system", the nightly retention) acts for the organization as its owner would.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { can, isRole, type Permission, type Role } from "@/lib/auth/permissions";
import { isApiKeyRole } from "@/lib/api-keys/schemas";
import { actorStopReasons } from "@/lib/jobs/stop";
import type { JobRecord } from "@/lib/jobs/types";

export type JobActor = { ctx: Ctx } | { stop: string };

/** The actor's current role as the job row sees it: `key_role` for API keys, `member_role` for users. */
export interface ActorRoles {
  key_role: string | null;
  key_created_by: string | null;
  member_role: string | null;
}

/** SQL columns reading the actor's current role for a `job` row (used by the checkpoint update too). */
export const actorRoleColumns = `
  (SELECT k.role FROM api_key k WHERE k.id = job.api_key_id AND k."organizationId" = job.organization_id AND k.revoked_at IS NULL) AS key_role,
  (SELECT k.created_by_id FROM api_key k WHERE k.id = job.api_key_id) AS key_created_by,
  (SELECT m.role FROM member m WHERE m."organizationId" = job.organization_id AND m."userId" = job.created_by_id) AS member_role`;

/** The role the job may still act with (it needs `permission`, its kind's), or why it must stop. */
export function checkActor(
  job: Pick<JobRecord, "actorKind">,
  permission: Permission,
  roles: ActorRoles,
): { role: Role } | { stop: string } {
  // The app's own scheduled jobs (lib/privacy/retention-schedule.ts) act for the organization itself.
  if (job.actorKind === "system") return { role: "owner" };
  if (job.actorKind === "apiKey") {
    const role = roles.key_role;
    if (!isApiKeyRole(role)) return { stop: actorStopReasons.keyRevoked };
    return can(role, permission) ? { role } : { stop: actorStopReasons.keyNotPermitted };
  }
  const role = roles.member_role;
  if (!isRole(role)) return { stop: actorStopReasons.notMember };
  return can(role, permission) ? { role } : { stop: actorStopReasons.notPermitted };
}

export async function resolveJobActor(job: JobRecord, permission: Permission): Promise<JobActor> {
  const [roles] = await db.$queryRawUnsafe<ActorRoles[]>(
    `SELECT ${actorRoleColumns} FROM job WHERE job.id = $1::uuid`,
    job.id,
  );
  const checked = checkActor(job, permission, roles ?? { key_role: null, key_created_by: null, member_role: null });
  if ("stop" in checked) return checked;
  if (job.actorKind === "system") {
    return { ctx: { orgId: job.organizationId, userId: null, role: checked.role, actor: "system" } };
  }
  if (job.actorKind === "apiKey") {
    // Attribution only (createdById, activity): ownership checks look at `actor`, never at this id.
    return {
      ctx: {
        orgId: job.organizationId,
        userId: roles!.key_created_by,
        role: checked.role,
        actor: "apiKey",
        apiKeyId: job.apiKeyId!,
      },
    };
  }
  return { ctx: { orgId: job.organizationId, userId: job.createdById, role: checked.role, actor: "user" } };
}

import "server-only";
// A service center's members (its team): customers shared with the center are visible in full to them
// (lib/privacy/visibility.ts). Every member reads the teams; admins set them on Settings → Service centers.
import { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { findServiceCenterInOrg } from "@/lib/service-centers/lookup";
import { parseWith } from "@/lib/validation";

export interface MemberRef {
  id: string;
  name: string;
}

const serviceCenterMembersSchema = z.object({
  userIds: z.array(z.string().min(1)).max(1000, { error: "At most 1,000 members per service center" }),
});

/** Each service center's members by name (center id → members), in one query. */
export async function listServiceCenterMembers(ctx: Ctx): Promise<Record<string, MemberRef[]>> {
  assertCan(ctx, "serviceCenter:read");
  const rows = await db.serviceCenterMember.findMany({
    where: { organizationId: ctx.orgId },
    select: { serviceCenterId: true, user: { select: { id: true, name: true } } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
  });
  const byCenter: Record<string, MemberRef[]> = {};
  for (const { serviceCenterId, user } of rows) (byCenter[serviceCenterId] ??= []).push(user);
  return byCenter;
}

/** Every member of the organization by name: who can join a team or be shared a customer with. */
export async function listMemberRefs(ctx: Ctx): Promise<MemberRef[]> {
  assertCan(ctx, "customer:read");
  const members = await db.member.findMany({
    where: { organizationId: ctx.orgId },
    select: { user: { select: { id: true, name: true } } },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
  });
  return members.map((member) => member.user);
}

/** Replaces the center's members with `userIds` (members of the organization only). */
export async function setServiceCenterMembers(ctx: Ctx, serviceCenterId: string, input: unknown): Promise<string[]> {
  assertCan(ctx, "serviceCenter:manage");
  const center = await findServiceCenterInOrg(db, ctx.orgId, serviceCenterId);
  const userIds = [...new Set(parseWith(serviceCenterMembersSchema, input).userIds)];
  const members = await db.member.findMany({
    where: { organizationId: ctx.orgId, userId: { in: userIds } },
    select: { userId: true },
  });
  if (members.length !== userIds.length) {
    const message = "Only members of your organization can join a service center";
    throw new AppError("VALIDATION", message, { userIds: [message] });
  }
  await db.$transaction([
    db.serviceCenterMember.deleteMany({
      where: { organizationId: ctx.orgId, serviceCenterId: center.id, userId: { notIn: userIds } },
    }),
    db.serviceCenterMember.createMany({
      data: userIds.map((userId) => ({ organizationId: ctx.orgId, serviceCenterId: center.id, userId })),
      skipDuplicates: true,
    }),
  ]);
  return userIds;
}

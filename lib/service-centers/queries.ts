import "server-only";
// Service center reads for the acting organization: every member may read them.
import { db, type Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { findServiceCenterInOrg } from "@/lib/service-centers/lookup";
import { toServiceCenterResource } from "@/lib/service-centers/resource";

const listSelect = {
  id: true,
  code: true,
  name: true,
  active: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ServiceCenterSelect;

export type ServiceCenterRow = Prisma.ServiceCenterGetPayload<{ select: typeof listSelect }>;

/** Every service center of the organization (a handful), by name; `activeOnly` for pickers. */
export async function listServiceCenters(ctx: Ctx, opts: { activeOnly?: boolean } = {}): Promise<ServiceCenterRow[]> {
  assertCan(ctx, "serviceCenter:read");
  return db.serviceCenter.findMany({
    where: { organizationId: ctx.orgId, ...(opts.activeOnly && { active: true }) },
    select: listSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export async function getServiceCenter(ctx: Ctx, id: string): Promise<ServiceCenterRow> {
  assertCan(ctx, "serviceCenter:read");
  return toServiceCenterResource(await findServiceCenterInOrg(db, ctx.orgId, id));
}

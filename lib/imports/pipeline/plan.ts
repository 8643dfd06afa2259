import "server-only";
// Everything a run needs besides the rows: the import's mapping and mode, the organization's defaults
// and its tiers by name (a few dozen at most), loaded once per job.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { CustomerImport } from "@/lib/generated/prisma/client";
import { mappingSchema, importRunSchema } from "@/lib/imports/schemas";
import type { ImportPlan } from "@/lib/imports/pipeline/types";
import { getOrgDefaults } from "@/lib/customers/queries";

export async function loadImportPlan(ctx: Ctx, file: CustomerImport): Promise<ImportPlan> {
  const run = importRunSchema.parse({
    mapping: mappingSchema.parse(file.mapping ?? []),
    mode: file.mode ?? undefined,
    matchOn: file.matchOn ?? undefined,
  });
  const [org, tiers] = await Promise.all([
    getOrgDefaults(ctx),
    db.customerTier.findMany({ where: { organizationId: ctx.orgId }, select: { id: true, name: true } }),
  ]);
  return {
    ctx,
    importId: file.id,
    filename: file.filename,
    mode: run.mode,
    matchOn: run.matchOn,
    mapping: run.mapping,
    defaults: org,
    tiers: new Map(tiers.map((tier) => [tier.name.toLowerCase(), tier.id])),
  };
}

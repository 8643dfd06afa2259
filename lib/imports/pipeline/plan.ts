import "server-only";
// Everything a run needs besides the rows: the import's mapping and mode, how its number and date columns
// read, the organization's defaults and its tiers by name (a few dozen at most), loaded once per job.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { CustomerImport } from "@/lib/generated/prisma/client";
import { columnFormatsOf, type ColumnReading } from "@/lib/imports/map/readings";
import { mappingSchema, importRunSchema } from "@/lib/imports/schemas";
import { detectImportReadings } from "@/lib/imports/pipeline/readings";
import type { ImportPlan } from "@/lib/imports/pipeline/types";
import { getOrgDefaults } from "@/lib/customers/queries";

/** A started import reads as it was decided when it started; a draft (the preview) decides now. */
export async function loadImportPlan(ctx: Ctx, file: CustomerImport): Promise<ImportPlan> {
  const run = importRunSchema.parse({
    mapping: mappingSchema.parse(file.mapping ?? []),
    mode: file.mode ?? undefined,
    matchOn: file.matchOn ?? undefined,
    numberFormat: file.numberFormat ?? undefined,
    dateFormat: file.dateFormat ?? undefined,
  });
  const [org, tiers] = await Promise.all([
    getOrgDefaults(ctx),
    db.customerTier.findMany({ where: { organizationId: ctx.orgId }, select: { id: true, name: true } }),
  ]);
  const readings = Array.isArray(file.readings)
    ? (file.readings as unknown as ColumnReading[])
    : await detectImportReadings({ file, ...run, country: org.defaultCountry });
  return {
    ctx,
    importId: file.id,
    filename: file.filename,
    mode: run.mode,
    matchOn: run.matchOn,
    mapping: run.mapping,
    readings,
    formats: columnFormatsOf(readings, file.format),
    defaults: org,
    tiers: new Map(tiers.map((tier) => [tier.name.toLowerCase(), tier.id])),
  };
}

import "server-only";
// Reading imports of the acting organization (managers and up): one import with its progress, the
// list, its row issues page by page, and the saved column mappings.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import type { CustomerImport } from "@/lib/generated/prisma/client";
import type { RowIssue } from "@/lib/imports/check-row";
import { importIssueParamsSchema, importListParamsSchema, mappingSchema } from "@/lib/imports/schemas";
import { toImportResource, type ImportResource } from "@/lib/imports/resource";
import { isUuid } from "@/lib/validation";

/** The import row itself (another organization's is NOT_FOUND). */
export async function findImport(ctx: Ctx, id: string): Promise<CustomerImport> {
  assertCan(ctx, "customer:import");
  const file = isUuid(id) ? await db.customerImport.findFirst({ where: { id, organizationId: ctx.orgId } }) : null;
  if (!file) throw notFound("Import");
  return file;
}

async function withJobs(files: CustomerImport[]): Promise<ImportResource[]> {
  const ids = files.flatMap((f) => [f.jobId, f.undoJobId]).filter((id): id is string => id !== null);
  const jobs = ids.length > 0 ? await db.job.findMany({ where: { id: { in: ids } } }) : [];
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const jobOf = (id: string | null) => (id ? (byId.get(id) ?? null) : null);
  return files.map((f) => toImportResource(f, jobOf(f.jobId), jobOf(f.undoJobId)));
}

export async function getImport(ctx: Ctx, id: string): Promise<ImportResource> {
  const [resource] = await withJobs([await findImport(ctx, id)]);
  return resource!;
}

export async function listImports(ctx: Ctx, params: unknown = {}) {
  assertCan(ctx, "customer:import");
  const { page, perPage } = importListParamsSchema.parse(params);
  const where = { organizationId: ctx.orgId };
  const [files, total] = await Promise.all([
    db.customerImport.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    db.customerImport.count({ where }),
  ]);
  return { rows: await withJobs(files), total, page, perPage, pageCount: Math.ceil(total / perPage) };
}

interface ImportIssue {
  rowNumber: number;
  severity: "error" | "warning";
  messages: RowIssue[];
}

/** Failed rows (errors) and rows imported or skipped with a warning, in file order. */
export async function listImportIssues(ctx: Ctx, id: string, params: unknown = {}) {
  const file = await findImport(ctx, id);
  const { severity, page, perPage } = importIssueParamsSchema.parse(params);
  const where = { importId: file.id, ...(severity && { severity }) };
  const [rows, total] = await Promise.all([
    db.importRowIssue.findMany({
      where,
      orderBy: { rowNumber: "asc" },
      skip: (page - 1) * perPage,
      take: perPage,
      select: { rowNumber: true, severity: true, messages: true },
    }),
    db.importRowIssue.count({ where }),
  ]);
  return { rows: rows as unknown as ImportIssue[], total, page, perPage, pageCount: Math.ceil(total / perPage) };
}

export async function listSavedMappings(ctx: Ctx) {
  assertCan(ctx, "customer:import");
  const rows = await db.importMapping.findMany({ where: { organizationId: ctx.orgId }, orderBy: { name: "asc" } });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    mapping: mappingSchema.catch([]).parse(row.mapping),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

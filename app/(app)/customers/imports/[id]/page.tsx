// One import: the mapping and preview while it is a draft, then its live progress, failed rows and undo.
import type { Metadata } from "next";

import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireCtx } from "@/lib/auth/session";
import type { Ctx } from "@/lib/auth/context";
import { readUpToLastPage } from "@/lib/list-params";
import { importIssuesCodec } from "@/lib/imports/list-params";
import { proposeMapping } from "@/lib/imports/map/propose";
import { readImportSample } from "@/lib/imports/sample";
import { getImport, listImportIssues, listSavedMappings } from "@/lib/imports/queries";
import { requirePageAccess } from "../../../_components/page-access";
import { ImportJobView } from "../_components/import-job-view";
import { ImportStatusBadge } from "../_components/import-status-badge";
import { ImportWizard } from "../_components/import-wizard";
import { formatBytes } from "../_components/upload-file";
import { loadImport } from "./load-import";

export const metadata: Metadata = { title: "Import" };

const ISSUES_PER_PAGE = 100;

type ImportPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ImportPage({ params, searchParams }: ImportPageProps) {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/customers/imports/:id");
  const { id } = await params;
  const file = await loadImport(ctx, id);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Breadcrumbs
          list={{ href: "/customers", label: "Customers" }}
          items={[{ href: "/customers/import", label: "Import" }, { label: file.filename }]}
        />
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Import {file.filename}</h1>
          <ImportStatusBadge status={file.status} cancelRequested={file.cancelRequested} />
        </div>
        <p className="text-sm text-muted-foreground">
          {file.format.toUpperCase()} · {formatBytes(file.byteSize)} · {file.headers.length} columns
        </p>
      </header>
      {file.status === "draft" ? (
        <DraftImport ctx={ctx} id={id} headers={file.headers} />
      ) : (
        <StartedImport ctx={ctx} id={id} errorsPage={importIssuesCodec.parse(await searchParams).page} />
      )}
    </div>
  );
}

async function DraftImport({ ctx, id, headers }: { ctx: Ctx; id: string; headers: string[] }) {
  const [sample, saved] = await Promise.all([readImportSample(ctx, id), listSavedMappings(ctx)]);
  return (
    <ImportWizard
      importId={id}
      headers={headers}
      samples={sample}
      initialMapping={proposeMapping(headers)}
      savedMappings={saved}
    />
  );
}

async function StartedImport({ ctx, id, errorsPage }: { ctx: Ctx; id: string; errorsPage: number }) {
  // A page past the end shows the last page of failed rows.
  const [file, errors, warnings] = await Promise.all([
    getImport(ctx, id),
    readUpToLastPage(
      (params) => listImportIssues(ctx, id, { severity: "error", perPage: ISSUES_PER_PAGE, ...params }),
      {
        page: errorsPage,
      },
    ),
    listImportIssues(ctx, id, { severity: "warning", perPage: ISSUES_PER_PAGE }),
  ]);
  return (
    <ImportJobView file={file} errors={errors} warnings={warnings} errorsCsvUrl={`/api/v1/imports/${id}/errors.csv`} />
  );
}

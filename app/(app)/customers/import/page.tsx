// Customers → Import: upload a CSV or XLSX file (managers and above), and the latest imports.
import type { Metadata } from "next";

import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireCtx } from "@/lib/auth/session";
import { importConfig } from "@/lib/imports/config";
import { listImports } from "@/lib/imports/queries";
import { requirePageAccess } from "../../_components/page-access";
import { RecentImports } from "../imports/_components/recent-imports";
import { UploadCard } from "../imports/_components/upload-card";
import { WizardSteps } from "../imports/_components/wizard-steps";

export const metadata: Metadata = { title: "Import customers" };

export default async function ImportCustomersPage() {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/customers/import");
  const recent = await listImports(ctx, { perPage: 10 });

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Breadcrumbs list={{ href: "/customers", label: "Customers" }} items={[{ label: "Import" }]} />
        <h1 className="text-2xl font-semibold tracking-tight">Import customers</h1>
      </header>
      <WizardSteps current="Upload" />
      <UploadCard
        uploadUrl="/api/v1/imports/customers/uploads"
        maxFileBytes={importConfig.maxFileBytes()}
        maxRows={importConfig.maxRows()}
      />
      <RecentImports imports={recent.rows} total={recent.total} />
    </div>
  );
}

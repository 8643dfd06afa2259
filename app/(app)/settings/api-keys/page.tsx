// Settings → API keys: keys integrations use for the REST API; created once, revocable.
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { listApiKeys } from "@/lib/api-keys/queries";
import { apiKeyRoles } from "@/lib/api-keys/schemas";
import { requireCtx } from "@/lib/auth/session";
import { requirePageAccess } from "../../_components/page-access";
import { ApiKeysTable } from "./_components/api-keys-table";
import { CreateApiKeyDialog } from "./_components/create-api-key-dialog";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/settings/api-keys");
  const keys = listApiKeys(ctx);

  return (
    <section aria-labelledby="api-keys-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="api-keys-heading" className="text-lg font-semibold">
            API keys
          </h2>
          <p className="text-sm text-muted-foreground">
            Integrations send a key as <code className="font-mono text-xs">Authorization: Bearer &lt;key&gt;</code> and
            act with the key&apos;s role.{" "}
            <Link href="/api-docs" className="underline underline-offset-4">
              API reference
            </Link>
          </p>
        </div>
        <CreateApiKeyDialog roles={apiKeyRoles} />
      </div>
      <Suspense fallback={<DataTableSkeleton columnCount={6} rowCount={3} filterCount={0} />}>
        <ApiKeysTable keys={keys} />
      </Suspense>
    </section>
  );
}

// Settings → Webhooks: endpoints that receive the organization's events, signed; the secret is shown once.
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { requireCtx } from "@/lib/auth/session";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import { requirePageAccess } from "../../_components/page-access";
import { CreateWebhookDialog } from "./_components/create-webhook-dialog";
import { WebhooksTable } from "./_components/webhooks-table";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/settings/webhooks");
  const endpoints = listWebhookEndpoints(ctx);

  return (
    <section aria-labelledby="webhooks-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="webhooks-heading" className="text-lg font-semibold">
            Webhooks
          </h2>
          <p className="text-sm text-muted-foreground">
            Other systems receive the organization&apos;s events as signed POST requests (Standard Webhooks), retried
            for about a day.{" "}
            <Link href="/api-docs" className="underline underline-offset-4">
              API reference
            </Link>
          </p>
        </div>
        <CreateWebhookDialog />
      </div>
      <Suspense fallback={<DataTableSkeleton columnCount={4} rowCount={3} filterCount={0} />}>
        <WebhooksTable endpoints={endpoints} />
      </Suspense>
    </section>
  );
}

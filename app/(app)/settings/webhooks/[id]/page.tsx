// Settings → Webhooks → one endpoint: its delivery log (status, response, duration, attempt, next retry),
// with "Send test event" and a replay per delivery.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { requireCtx } from "@/lib/auth/session";
import { getWebhookEndpoint, listWebhookDeliveries } from "@/lib/webhooks/queries";
import { requirePageAccess } from "../../../_components/page-access";
import { EnableWebhookButton, WebhookStatusBadge } from "../_components/webhooks-table";
import { DeliveryLog, SendTestButton } from "./delivery-log";

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/settings/webhooks/:id");
  const { id } = await params;
  // An unknown, malformed or other-organization id: the not-found screen with HTTP 404.
  const [endpoint, deliveries] = await Promise.all([getWebhookEndpoint(ctx, id), listWebhookDeliveries(ctx, id)]).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );

  return (
    <section aria-labelledby="webhook-heading" className="flex flex-col gap-4">
      <Link href="/settings/webhooks" className="text-sm underline underline-offset-4">
        Back to webhooks
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h2 id="webhook-heading" className="font-mono text-base font-semibold break-all">
            {endpoint.url}
          </h2>
          {endpoint.description ? <p className="text-sm text-muted-foreground">{endpoint.description}</p> : null}
          <WebhookStatusBadge endpoint={endpoint} />
        </div>
        <div className="flex gap-2">
          <EnableWebhookButton endpoint={endpoint} />
          <SendTestButton id={endpoint.id} />
        </div>
      </div>
      <DeliveryLog endpointId={endpoint.id} deliveries={deliveries} />
    </section>
  );
}

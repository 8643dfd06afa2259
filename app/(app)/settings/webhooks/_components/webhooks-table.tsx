"use client";
// The organization's webhook endpoints: URL, events, status; enable/disable, delete, and the delivery log.
import Link from "next/link";
import { use, useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { showFromClass } from "@/components/data-table/responsive";
import { useRecordAction } from "@/components/hooks/use-record-action";
import { SimpleTable } from "@/components/simple-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { deleteWebhookEndpointAction, setWebhookEndpointEnabledAction } from "@/lib/webhooks/actions";
import type { WebhookEndpointResource } from "@/lib/webhooks/resource";

export function EnableWebhookButton({ endpoint }: { endpoint: WebhookEndpointResource }) {
  const enabled = !endpoint.enabled;
  const { run, isPending } = useRecordAction(
    setWebhookEndpointEnabledAction,
    enabled ? "The endpoint was enabled." : "The endpoint was disabled.",
  );
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={isPending}
      aria-label={`${enabled ? "Enable" : "Disable"} ${endpoint.url}`}
      onClick={() => run({ id: endpoint.id, enabled })}
    >
      {enabled ? "Enable" : "Disable"}
    </Button>
  );
}

function DeleteWebhookButton({ endpoint }: { endpoint: WebhookEndpointResource }) {
  const [open, setOpen] = useState(false);
  const { run, isPending } = useRecordAction(deleteWebhookEndpointAction, "The endpoint was deleted.");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Delete ${endpoint.url}`}>
          Delete
        </Button>
      }
      open={open}
      onOpenChange={setOpen}
      title="Delete this webhook endpoint?"
      description={`${endpoint.url} stops receiving events and its delivery log is deleted.`}
      confirmLabel="Delete endpoint"
      destructive
      isPending={isPending}
      onConfirm={() => run({ id: endpoint.id }, () => setOpen(false))}
    />
  );
}

export function WebhookStatusBadge({ endpoint }: { endpoint: WebhookEndpointResource }) {
  if (endpoint.enabled) return <Badge variant="secondary">Enabled</Badge>;
  return (
    <span className="flex flex-col gap-1">
      <Badge variant="outline">Disabled</Badge>
      {endpoint.disabledReason ? (
        <span className="text-xs text-muted-foreground">{endpoint.disabledReason}</span>
      ) : null}
    </span>
  );
}

export function WebhooksTable({ endpoints }: { endpoints: Promise<WebhookEndpointResource[]> }) {
  const rows = use(endpoints);
  return (
    <SimpleTable
      caption="Webhook endpoints"
      columns={["Endpoint", { label: "Events", className: showFromClass.md }, "Status"]}
      actions
      empty={rows.length === 0 ? "No webhook endpoints yet. Add one to push changes to another system." : undefined}
    >
      {rows.map((endpoint) => (
        <TableRow key={endpoint.id}>
          <TableCell className="max-w-md">
            <Link
              href={`/settings/webhooks/${endpoint.id}`}
              className="font-mono text-xs break-all underline underline-offset-4"
            >
              {endpoint.url}
            </Link>
            {endpoint.description ? (
              <span className="block text-xs text-muted-foreground">{endpoint.description}</span>
            ) : null}
          </TableCell>
          <TableCell className={`text-xs ${showFromClass.md}`}>
            {endpoint.eventTypes.length === 0 ? "All events" : endpoint.eventTypes.join(", ")}
            {endpoint.fieldFilter.length > 0 ? (
              <span className="block text-muted-foreground">when {endpoint.fieldFilter.join(", ")} changed</span>
            ) : null}
          </TableCell>
          <TableCell>
            <WebhookStatusBadge endpoint={endpoint} />
          </TableCell>
          <TableCell className="text-right whitespace-nowrap">
            <EnableWebhookButton endpoint={endpoint} />
            <DeleteWebhookButton endpoint={endpoint} />
          </TableCell>
        </TableRow>
      ))}
    </SimpleTable>
  );
}

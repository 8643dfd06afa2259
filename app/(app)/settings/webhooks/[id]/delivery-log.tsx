"use client";
// One endpoint's latest deliveries, newest first, with Replay; and the "Send test event" button.
import { showFromClass } from "@/components/data-table/responsive";
import { useRecordAction } from "@/components/hooks/use-record-action";
import { SimpleTable } from "@/components/simple-table";
import { LocalDate } from "@/components/time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { replayWebhookDeliveryAction, sendTestWebhookAction } from "@/lib/webhooks/actions";
import type { WebhookDeliveryResource } from "@/lib/webhooks/resource";

const statusVariant = {
  succeeded: "secondary",
  failed: "destructive",
  retrying: "outline",
  pending: "outline",
} as const;

export function SendTestButton({ id }: { id: string }) {
  const { run, isPending } = useRecordAction(sendTestWebhookAction, "Test event sent: see the log.");
  return (
    <Button variant="outline" disabled={isPending} onClick={() => run({ id })}>
      Send test event
    </Button>
  );
}

function ReplayButton({ endpointId, delivery }: { endpointId: string; delivery: WebhookDeliveryResource }) {
  const { run, isPending } = useRecordAction(replayWebhookDeliveryAction, "Queued again.");
  if (!delivery.eventId) return null;
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={isPending}
      aria-label={`Replay ${delivery.eventType}`}
      onClick={() => run({ id: endpointId, deliveryId: delivery.id })}
    >
      Replay
    </Button>
  );
}

export function DeliveryLog({ endpointId, deliveries }: { endpointId: string; deliveries: WebhookDeliveryResource[] }) {
  return (
    <SimpleTable
      caption="Deliveries"
      columns={[
        "Event",
        "Status",
        { label: "Response", className: showFromClass.sm },
        { label: "Duration", className: showFromClass.md },
        { label: "Attempt", className: showFromClass.md },
        { label: "Next retry", className: showFromClass.lg },
        { label: "Created", className: showFromClass.lg },
      ]}
      actions
      empty={deliveries.length === 0 ? "No deliveries yet." : undefined}
    >
      {deliveries.map((delivery) => (
        <TableRow key={delivery.id}>
          <TableCell className="font-mono text-xs">{delivery.eventType}</TableCell>
          <TableCell>
            <Badge variant={statusVariant[delivery.status]}>{delivery.status}</Badge>
            {delivery.error ? (
              <span className="block max-w-xs text-xs break-words text-muted-foreground">{delivery.error}</span>
            ) : null}
          </TableCell>
          <TableCell className={showFromClass.sm}>{delivery.responseCode ?? "—"}</TableCell>
          <TableCell className={showFromClass.md}>
            {delivery.durationMs === null ? "—" : `${delivery.durationMs} ms`}
          </TableCell>
          <TableCell className={showFromClass.md}>{delivery.attempt}</TableCell>
          <TableCell className={showFromClass.lg}>
            {delivery.nextAttemptAt ? <LocalDate date={delivery.nextAttemptAt} withTime /> : "—"}
          </TableCell>
          <TableCell className={showFromClass.lg}>
            <LocalDate date={delivery.createdAt} withTime />
          </TableCell>
          <TableCell className="text-right">
            <ReplayButton endpointId={endpointId} delivery={delivery} />
          </TableCell>
        </TableRow>
      ))}
    </SimpleTable>
  );
}

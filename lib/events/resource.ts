// An outbox event as integrators see it (the catch-up API now; webhooks and the broker later).
import type { EventType } from "@/lib/events/types";

export interface StoredEvent {
  id: string;
  organizationId: string;
  type: string;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  resourceType: string;
  resourceId: string;
  payload: { data: Record<string, unknown> | null; changed: string[] } & Record<string, unknown>;
  position: string;
}

export interface EventResource {
  id: string;
  type: EventType;
  occurredAt: string;
  organizationId: string;
  actor: { type: string; id: string | null };
  resource: { type: string; id: string };
  data: Record<string, unknown> | null;
  changed: string[];
  /** Type-specific extras (a merge's merged ids, an import's counts). */
  details: Record<string, unknown>;
}

export function toEventResource(event: StoredEvent): EventResource {
  const { data, changed, ...details } = event.payload;
  return {
    id: event.id,
    type: event.type as EventType,
    organizationId: event.organizationId,
    occurredAt: event.occurredAt.toISOString(),
    actor: { type: event.actorType, id: event.actorId },
    resource: { type: event.resourceType, id: event.resourceId },
    data,
    changed,
    details,
  };
}

-- Where the message-broker relay (lib/events/nats/relay.ts) has published each organization's events up
-- to, per JetStream stream. A relay locks an organization's row (FOR UPDATE SKIP LOCKED) for the batch it
-- publishes and moves `position` only after JetStream acknowledged the batch, so several instances never
-- publish the same batch at once and a killed relay's successor resumes from the last acknowledged event.
CREATE TABLE "event_relay_position" (
    "stream" VARCHAR(64) NOT NULL,
    "organization_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_relay_position_pkey" PRIMARY KEY ("stream","organization_id")
);

ALTER TABLE "event_relay_position" ADD CONSTRAINT "event_relay_position_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

SELECT enable_tenant_rls('event_relay_position');

-- The transactional outbox (lib/events): one row per change, written in the changing transaction. `seq`
-- keeps insertion order; `position` is the organization's stream order, given to committed events by one
-- sequencer at a time (lib/events/sequence.ts), so a reader paging by position never misses a late commit.
CREATE TABLE "event" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "type" VARCHAR(60) NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_type" VARCHAR(10) NOT NULL,
    "actor_id" TEXT,
    "resource_type" VARCHAR(30) NOT NULL,
    "resource_id" UUID NOT NULL,
    "payload" JSONB NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "position" BIGINT,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "event_organization_id_position_key" ON "event"("organization_id", "position");
CREATE INDEX "event_organization_id_type_position_idx" ON "event"("organization_id", "type", "position");

ALTER TABLE "event" ADD CONSTRAINT "event_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

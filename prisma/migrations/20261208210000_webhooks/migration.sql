-- Webhooks (lib/webhooks): endpoints that receive the outbox's events, signed (Standard Webhooks), and one
-- row per delivery attempt series. `cursor_position` is the last event position the endpoint has been
-- given deliveries for; `failing_since` starts at the first failed attempt after a success (auto-disable).
CREATE TABLE "webhook_endpoint" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "description" VARCHAR(500) NOT NULL DEFAULT '',
    "event_types" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "field_filter" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "secret" TEXT NOT NULL,
    "disabled_reason" VARCHAR(500),
    "cursor_position" BIGINT NOT NULL DEFAULT 0,
    "failing_since" TIMESTAMPTZ(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_endpoint_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "webhook_endpoint_organization_id_created_at_idx" ON "webhook_endpoint"("organization_id", "created_at");

ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "webhook_endpoint_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "webhook_delivery" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "endpoint_id" UUID NOT NULL,
    "event_id" UUID,
    "event_type" VARCHAR(60) NOT NULL,
    "event_position" BIGINT,
    "resource_id" UUID,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "status" VARCHAR(10) NOT NULL DEFAULT 'pending',
    "response_code" INTEGER,
    "duration_ms" INTEGER,
    "error" VARCHAR(1000),
    "next_attempt_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "webhook_delivery_endpoint_id_created_at_idx" ON "webhook_delivery"("endpoint_id", "created_at");
CREATE INDEX "webhook_delivery_organization_id_status_next_attempt_at_idx" ON "webhook_delivery"("organization_id", "status", "next_attempt_at");
CREATE INDEX "webhook_delivery_endpoint_id_resource_id_event_position_idx" ON "webhook_delivery"("endpoint_id", "resource_id", "event_position");

ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

SELECT enable_tenant_rls('webhook_endpoint');
SELECT enable_tenant_rls('webhook_delivery');

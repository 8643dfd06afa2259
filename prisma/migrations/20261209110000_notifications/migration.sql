-- Notifications (lib/notifications): members' in-app inbox entries, their per-kind preferences, the
-- per-organization cursor into the event outbox they are derived from, and the SMTP outbox of emails.
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "event_id" UUID,
    "actor_type" VARCHAR(10) NOT NULL DEFAULT 'system',
    "actor_id" TEXT,
    "subject_type" VARCHAR(20) NOT NULL,
    "subject_id" UUID NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "in_app" BOOLEAN NOT NULL DEFAULT true,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "notification_preference" (
    "organization_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "in_app" BOOLEAN NOT NULL,
    "email" BOOLEAN NOT NULL,

    CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("organization_id","user_id","kind")
);

CREATE TABLE "notification_cursor" (
    "organization_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "notification_cursor_pkey" PRIMARY KEY ("organization_id")
);

CREATE TABLE "email_outbox" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "notification_id" UUID NOT NULL,
    "to_address" VARCHAR(320) NOT NULL,
    "status" VARCHAR(10) NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error" VARCHAR(1000),
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_outbox_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "notification_organization_id_user_id_created_at_idx" ON "notification"("organization_id", "user_id", "created_at" DESC);

CREATE UNIQUE INDEX "notification_user_id_event_id_key" ON "notification"("user_id", "event_id");

CREATE INDEX "email_outbox_status_next_attempt_at_idx" ON "email_outbox"("status", "next_attempt_at");

CREATE INDEX "email_outbox_notification_id_idx" ON "email_outbox"("notification_id");

ALTER TABLE "notification" ADD CONSTRAINT "notification_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "notification_cursor" ADD CONSTRAINT "notification_cursor_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

SELECT enable_tenant_rls('notification', 'organization_id');
SELECT enable_tenant_rls('notification_preference', 'organization_id');
SELECT enable_tenant_rls('notification_cursor', 'organization_id');
SELECT enable_tenant_rls('email_outbox', 'organization_id');

-- Existing organizations start after their history: nobody is notified of what happened before.
INSERT INTO "notification_cursor" ("organization_id", "position")
SELECT o."id", coalesce((SELECT max(e."position") FROM "event" e WHERE e."organization_id" = o."id"), 0)
FROM "organization" o;

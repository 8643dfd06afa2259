-- Live updates and presence (lib/live): every app instance LISTENs on `customerhub_live`; the outbox says
-- when events commit (NOTIFY is delivered on commit only, never for a rolled-back change) and presence
-- rows say who has a page open. Payloads carry only the organization (and the presence resource): the
-- listener reads the events themselves from the outbox, by position, so nothing rides on the payload.
CREATE FUNCTION "event_notify_live"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    org text;
BEGIN
    -- One notification per organization per statement, however many rows a bulk write inserted.
    FOR org IN SELECT DISTINCT organization_id FROM new_events LOOP
        PERFORM pg_notify('customerhub_live', json_build_object('k', 'event', 'o', org)::text);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER "event_notify_live" AFTER INSERT ON "event" REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION "event_notify_live"();

-- Who has a resource's page open right now: upserted by each open page's heartbeat, expired by time.
CREATE TABLE "presence" (
    "organization_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "resource" VARCHAR(80) NOT NULL,
    "mode" VARCHAR(10) NOT NULL,
    "last_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "presence_pkey" PRIMARY KEY ("organization_id","user_id","resource")
);

CREATE INDEX "presence_organization_id_resource_last_seen_idx" ON "presence"("organization_id", "resource", "last_seen");

ALTER TABLE "presence" ADD CONSTRAINT "presence_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "presence" ADD CONSTRAINT "presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

SELECT enable_tenant_rls('presence');

import "server-only";
// Derives notifications from the event outbox, in the background worker (lib/jobs/worker.ts), like webhook
// delivery does: per organization, the events after its cursor become inbox rows (and pending emails) in
// ONE statement per batch — recipients are found by joins, never per event in a loop. Who is told:
// - a customer's owner when the event happened (its payload's ownerId), of activity logged on it and of
//   edits, archiving and restoring, by anyone else;
// - both parties of an ownership transfer, and the managers (organization role) of the new owner's
//   service centers — the data model has no "manager of a user", so a service center's managers stand in;
// - never the member who acted (a user actor is compared with the recipient; API keys are nobody).
// The cursor row is locked with SKIP LOCKED (two instances never derive the same batch) and the unique
// (user, event) key makes a re-run after a crash harmless. Preferences decide in-app and/or email.
import { db } from "@/lib/db";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { sequenceEvents } from "@/lib/events/sequence";
import { smtpConfigured } from "@/lib/notifications/email";

const DERIVE_BATCH = 2000;

const ownerEventTypes = ["customer.updated", "customer.archived", "customer.restored", "customer.activity.logged"];

const deriveSql = `
WITH cur AS (
  SELECT position FROM notification_cursor WHERE organization_id = $1 FOR UPDATE SKIP LOCKED
), scanned AS (
  SELECT e.id, e.type, e.position, e.occurred_at, e.actor_type, e.actor_id, e.resource_id, e.payload
  FROM "event" e, cur
  WHERE e.organization_id = $1 AND e.position > cur.position
  ORDER BY e.position LIMIT $2
), candidates AS (
  SELECT s.id AS event_id, s.payload->'data'->>'ownerId' AS user_id, 1 AS rank, s.occurred_at, s.actor_type, s.actor_id, s.resource_id,
         CASE WHEN s.type = 'customer.activity.logged' THEN 'customer_activity' ELSE 'customer_updated' END AS kind,
         jsonb_build_object('event', s.type, 'changed', coalesce(s.payload->'changed', '[]'::jsonb),
                            'activityType', s.payload->'activityType') AS data
  FROM scanned s
  WHERE s.type = ANY($4::text[]) AND s.payload->'data'->>'ownerId' IS NOT NULL
  UNION ALL
  SELECT s.id, p.user_id, p.rank, s.occurred_at, s.actor_type, s.actor_id, s.resource_id, 'ownership_transferred',
         jsonb_build_object('role', p.role, 'fromUserId', s.payload->'fromUserId', 'toUserId', s.payload->'toUserId')
  FROM scanned s
  CROSS JOIN LATERAL (VALUES (s.payload->>'toUserId', 'to', 1), (s.payload->>'fromUserId', 'from', 2)) AS p(user_id, role, rank)
  WHERE s.type = 'customer.ownership.transferred' AND p.user_id IS NOT NULL
  UNION ALL
  SELECT s.id, lead.user_id, 3, s.occurred_at, s.actor_type, s.actor_id, s.resource_id, 'ownership_transferred',
         jsonb_build_object('role', 'manager', 'fromUserId', s.payload->'fromUserId', 'toUserId', s.payload->'toUserId')
  FROM scanned s
  JOIN service_center_member team ON team.organization_id = $1 AND team.user_id = s.payload->>'toUserId'
  JOIN service_center_member lead ON lead.organization_id = $1 AND lead.service_center_id = team.service_center_id
  JOIN member m ON m."organizationId" = $1 AND m."userId" = lead.user_id AND m.role = 'manager'
  WHERE s.type = 'customer.ownership.transferred'
), chosen AS (
  SELECT DISTINCT ON (event_id, user_id) * FROM candidates ORDER BY event_id, user_id, rank
), recipients AS (
  SELECT ch.*, coalesce(p.in_app, true) AS in_app, coalesce(p.email, false) AND $3::boolean AS email, u.email AS address
  FROM chosen ch
  JOIN member m ON m."organizationId" = $1 AND m."userId" = ch.user_id
  JOIN "user" u ON u.id = ch.user_id
  LEFT JOIN notification_preference p ON p.organization_id = $1 AND p.user_id = ch.user_id AND p.kind = ch.kind
  WHERE NOT (ch.actor_type = 'user' AND ch.actor_id IS NOT DISTINCT FROM ch.user_id)
), inserted AS (
  INSERT INTO notification (id, organization_id, user_id, kind, event_id, actor_type, actor_id, subject_type, subject_id,
                            data, in_app, created_at)
  SELECT gen_random_uuid(), $1, r.user_id, r.kind, r.event_id, r.actor_type, r.actor_id, 'customer', r.resource_id,
         r.data, r.in_app, r.occurred_at
  FROM recipients r WHERE r.in_app OR r.email
  ON CONFLICT (user_id, event_id) DO NOTHING
  RETURNING id, user_id, event_id
), emailed AS (  -- a data-modifying CTE runs whether or not it is referenced
  INSERT INTO email_outbox (id, organization_id, notification_id, to_address)
  SELECT gen_random_uuid(), $1, i.id, r.address
  FROM inserted i JOIN recipients r ON r.user_id = i.user_id AND r.event_id = i.event_id
  WHERE r.email
  RETURNING id
)
UPDATE notification_cursor SET position = (SELECT max(position) FROM scanned)
WHERE organization_id = $1 AND EXISTS (SELECT 1 FROM scanned)`;

/** One organization: numbers its committed events, then derives notifications batch by batch; returns the batches. */
export async function deriveNotifications(orgId: string, options: { batch?: number } = {}): Promise<number> {
  await sequenceEvents(orgId);
  await db.$executeRaw`INSERT INTO notification_cursor (organization_id, position) VALUES (${orgId}, 0) ON CONFLICT DO NOTHING`;
  const email = smtpConfigured();
  let batches = 0;
  // The UPDATE of the cursor counts 1 while a batch was read; 0 when none was left (or another instance has it).
  while ((await db.$executeRawUnsafe(deriveSql, orgId, options.batch ?? DERIVE_BATCH, email, ownerEventTypes)) > 0) {
    batches++;
  }
  return batches;
}

/** System step: every organization with events past its cursor (or not yet numbered), each in its tenant scope. */
export async function runNotificationDerivation(): Promise<number> {
  const orgs = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM organization o LEFT JOIN notification_cursor c ON c.organization_id = o.id
    WHERE EXISTS (SELECT 1 FROM "event" e WHERE e.organization_id = o.id AND e.position IS NULL)
       OR EXISTS (SELECT 1 FROM "event" e WHERE e.organization_id = o.id AND e.position > coalesce(c.position, 0))`;
  let batches = 0;
  for (const { id } of orgs) batches += await runInOrganization(id, () => deriveNotifications(id));
  return batches;
}

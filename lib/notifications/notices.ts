import "server-only";
// Notifications that come from the worker itself rather than from customer events: a finished import,
// undo or bulk change (to the member who started it), and an automatically disabled webhook endpoint (to
// the organization's owners and admins). Each is one INSERT … SELECT, written with the change it reports.
import type { Tx } from "@/lib/db";
import { IMPORT_JOB, UNDO_IMPORT_JOB } from "@/lib/imports/jobs";
import { CUSTOMER_BULK_JOB } from "@/lib/customers/bulk/schemas";
import { smtpConfigured } from "@/lib/notifications/email";

type Client = Pick<Tx, "$executeRawUnsafe">;

/** Job kinds whose starter is told when they end. */
const reportedJobKinds = [IMPORT_JOB, UNDO_IMPORT_JOB, CUSTOMER_BULK_JOB];

/** Inserts the rows of `recipients` (user_id, kind, subject_type, subject_id, data) and their emails. $1 = org, $2 = email on. */
const insertTail = `
, recipients AS MATERIALIZED (
  SELECT n.*, coalesce(p.in_app, true) AS in_app, coalesce(p.email, false) AND $2::boolean AS email, u.email AS address,
         gen_random_uuid() AS id
  FROM notice n
  JOIN member m ON m."organizationId" = $1 AND m."userId" = n.user_id
  JOIN "user" u ON u.id = n.user_id
  LEFT JOIN notification_preference p ON p.organization_id = $1 AND p.user_id = n.user_id AND p.kind = n.kind
), inserted AS (
  INSERT INTO notification (id, organization_id, user_id, kind, subject_type, subject_id, data, in_app)
  SELECT r.id, $1, r.user_id, r.kind, r.subject_type, r.subject_id, r.data, r.in_app
  FROM recipients r WHERE r.in_app OR r.email
  RETURNING id
)
INSERT INTO email_outbox (id, organization_id, notification_id, to_address)
SELECT gen_random_uuid(), $1, r.id, r.address FROM recipients r JOIN inserted i ON i.id = r.id WHERE r.email`;

const jobNoticeSql = `
WITH notice AS (
  SELECT j.created_by_id AS user_id, 'job_finished' AS kind, 'job' AS subject_type, j.id AS subject_id,
         jsonb_build_object('jobKind', j.kind, 'status', j.status, 'processed', j.processed, 'created', j.created,
                            'updated', j.updated, 'skipped', j.skipped, 'failed', j.failed,
                            'importId', j.params->>'importId') AS data
  FROM job j
  WHERE j.id = $3::uuid AND j.organization_id = $1 AND j.actor_kind = 'user' AND j.created_by_id IS NOT NULL
    AND j.kind = ANY($4::text[]) AND j.status IN ('completed', 'failed', 'cancelled')
)${insertTail}`;

/** The starter of an import, undo or bulk job learns it ended (completed, failed or cancelled). */
export async function notifyJobFinished(client: Client, orgId: string, jobId: string): Promise<void> {
  await client.$executeRawUnsafe(jobNoticeSql, orgId, smtpConfigured(), jobId, reportedJobKinds);
}

const webhookNoticeSql = `
WITH notice AS (
  SELECT m."userId" AS user_id, 'webhook_disabled' AS kind, 'webhook_endpoint' AS subject_type, w.id AS subject_id,
         jsonb_build_object('url', w.url, 'reason', w.disabled_reason) AS data
  FROM webhook_endpoint w JOIN member m ON m."organizationId" = w.organization_id AND m.role IN ('owner', 'admin')
  WHERE w.id = $3::uuid AND w.organization_id = $1
)${insertTail}`;

/** The organization's owners and admins learn that an endpoint was disabled for failing. */
export async function notifyWebhookDisabled(client: Client, orgId: string, endpointId: string): Promise<void> {
  await client.$executeRawUnsafe(webhookNoticeSql, orgId, smtpConfigured(), endpointId);
}

import "server-only";
// The background loop every app instance runs (started from instrumentation.ts): it picks up queued
// jobs and those a crashed instance left behind, so the app itself stays stateless; on the embedded
// database it also keeps the planner's statistics fresh (lib/db/embedded-upkeep.ts), and it queues each
// organization's nightly retention job (lib/privacy/retention-schedule.ts), sends webhooks (lib/webhooks/delivery.ts),
// with EVENTS_NATS_URL set publishes the outbox to NATS JetStream (lib/events/broker.ts), and derives
// notifications from the outbox and sends their emails (lib/notifications).
import { analyzeEmbeddedWhenDue } from "@/lib/db/embedded-upkeep";
import { runAsSystem } from "@/lib/db/tenant-scope";
import { relayEventsToBroker } from "@/lib/events/broker";
import { log } from "@/lib/log";
import { jobsWorkerEnabled, runPendingJobs } from "@/lib/jobs/runner";
import { scheduleRetentionJobsWhenDue } from "@/lib/privacy/retention-schedule";
import { runWebhookDeliveries } from "@/lib/webhooks/delivery";
import { runNotificationDerivation } from "@/lib/notifications/derive";
import { sendPendingEmails } from "@/lib/notifications/email";

const intervalMs = () => Number(process.env.JOBS_POLL_MS ?? 1500);
const globalForWorker = globalThis as typeof globalThis & { __customerHubJobWorker?: NodeJS.Timeout };

export function startJobWorker(): void {
  if (!jobsWorkerEnabled() || globalForWorker.__customerHubJobWorker) return;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await scheduleRetentionJobsWhenDue();
      await runPendingJobs();
      await runWebhookDeliveries();
      await relayEventsToBroker();
      await runNotificationDerivation();
      await sendPendingEmails();
      await analyzeEmbeddedWhenDue();
    } catch (error) {
      log().error({ err: error }, "jobs.worker");
    } finally {
      busy = false;
    }
  };
  globalForWorker.__customerHubJobWorker = setInterval(() => void runAsSystem(tick), intervalMs());
  globalForWorker.__customerHubJobWorker.unref();
}

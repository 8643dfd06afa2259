import "server-only";
// The SMTP outbox: notifications a member wants by email wait in email_outbox and the worker sends them
// over SMTP_URL with nodemailer, retrying with backoff, then `failed`. Without SMTP_URL no email row is
// written and nothing is sent (Settings → Notifications says so). Claims use SKIP LOCKED and a lease, so
// several instances never send one email twice at once.
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { notificationRowSql } from "@/lib/notifications/queries";
import { renderNotification, type NotificationRow } from "@/lib/notifications/render";

const MINUTE = 60_000;
/** Waits before attempts 2, 3 …; after the last the email is `failed`. */
const RETRY_DELAYS_MS = [MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * 60 * MINUTE, 6 * 60 * MINUTE] as const;
const CLAIM_LEASE_MS = 2 * MINUTE;
const SEND_BATCH = 20;

export function smtpConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

const globalForMail = globalThis as typeof globalThis & { __customerHubMail?: { url: string; transport: Transporter } };

function transport(url: string): Transporter {
  if (globalForMail.__customerHubMail?.url !== url) {
    globalForMail.__customerHubMail = { url, transport: nodemailer.createTransport(url) };
  }
  return globalForMail.__customerHubMail.transport;
}

interface ClaimedEmail {
  id: string;
  notificationId: string;
  toAddress: string;
  attempts: number;
}

/** System step: sends due emails of every organization; returns how many were sent. */
export async function sendPendingEmails(options: { now?: Date } = {}): Promise<number> {
  const url = process.env.SMTP_URL?.trim();
  if (!url) return 0;
  const now = options.now ?? new Date();
  const claimed = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE email_outbox o SET next_attempt_at = ${new Date(now.getTime() + CLAIM_LEASE_MS)}, attempts = o.attempts + 1
    WHERE o.id IN (
      SELECT id FROM email_outbox WHERE status = 'pending' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at LIMIT ${SEND_BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING o.id::text, o.notification_id::text AS "notificationId", o.to_address AS "toAddress", o.attempts`;
  let sent = 0;
  for (const email of claimed) {
    try {
      await sendOne(url, email);
      await db.emailOutbox.update({ where: { id: email.id }, data: { status: "sent", sentAt: now, error: null } });
      sent++;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[email.attempts - 1];
      const message = error instanceof Error ? error.message : String(error);
      log().warn({ emailId: email.id, attempt: email.attempts }, "notifications.email_failed");
      await db.emailOutbox.update({
        where: { id: email.id },
        data: {
          status: delay === undefined ? "failed" : "pending",
          nextAttemptAt: new Date(now.getTime() + (delay ?? 0)),
          error: message.slice(0, 1000),
        },
      });
    }
  }
  return sent;
}

async function sendOne(url: string, email: ClaimedEmail): Promise<void> {
  const [row] = await db.$queryRaw<NotificationRow[]>`${notificationRowSql}
    WHERE n.id = ${email.notificationId}::uuid`;
  if (!row) throw new Error("The notification no longer exists.");
  const view = renderNotification(row);
  const base = process.env.BETTER_AUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;
  const link = new URL(view.href, base).toString();
  await transport(url).sendMail({
    from: process.env.SMTP_FROM || "Customer Hub <notifications@customer-hub.invalid>",
    to: email.toAddress,
    subject: view.title,
    text: [view.title, view.detail, "", `Open: ${link}`, "", "Change what you receive: Settings → Notifications."]
      .filter((line) => line !== null)
      .join("\n"),
  });
}

// Notification delivery: emails through the SMTP outbox to a local capture server (smtp-server on a
// loopback port), retried when the server is down; nothing without SMTP_URL; and the worker's own notices
// (a finished import or bulk change to its starter, a disabled webhook endpoint to the admins).
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { setupServer } from "msw/node";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { logActivity } from "@/lib/activity/mutations";
import { runPendingJobs } from "@/lib/jobs";
import { enqueueJob } from "@/lib/jobs/mutations";
import { deriveNotifications } from "@/lib/notifications/derive";
import { sendPendingEmails } from "@/lib/notifications/email";
import { saveNotificationPreferences } from "@/lib/notifications/mutations";
import { getNotificationPreferences, listNotifications } from "@/lib/notifications/queries";
import { ENDPOINT_DISABLE_AFTER_MS } from "@/lib/webhooks/delivery";
import { createWebhookEndpoint } from "@/lib/webhooks/mutations";
import { makeCustomer, makeCustomerRows, makeOrgWithRoles, uniq } from "@/tests/factories";
import { csv, importCsv } from "../imports/helpers";
import { deliver, emit, receiver } from "../webhooks/helpers";

interface Mail {
  to: string[];
  body: string;
}
const inbox: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    let body = "";
    stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
    stream.on("end", () => {
      inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
      callback();
    });
  },
});
const msw = setupServer();
let smtpUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  msw.listen({ onUnhandledRequest: "bypass" });
});
afterEach(() => {
  delete process.env.SMTP_URL;
  msw.resetHandlers();
});
afterAll(async () => {
  msw.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const derive = (ctx: Ctx) => runInOrganization(ctx.orgId, () => deriveNotifications(ctx.orgId));

async function wantsEmail(ctx: Ctx, inApp = true) {
  const prefs = await getNotificationPreferences(ctx);
  await saveNotificationPreferences(ctx, { ...prefs, customer_activity: { inApp, email: true } });
  return (await db.user.findUniqueOrThrow({ where: { id: ctx.userId! } })).email;
}

describe("notification email", () => {
  it("sends a wanted email through SMTP_URL to the capture server, with the link and no contact values", async () => {
    process.env.SMTP_URL = smtpUrl;
    const { staff, manager } = await makeOrgWithRoles();
    const address = await wantsEmail(staff, false);
    const customer = await makeCustomer(staff, { email: `${randomUUID()}@hidden.example` });
    await logActivity(manager, customer.id, { type: "meeting", summary: "Quarterly review" });
    await derive(staff);
    // Email only: the inbox stays empty, the outbox has the email.
    expect((await listNotifications(staff)).total).toBe(0);
    expect(await db.emailOutbox.count({ where: { organizationId: staff.orgId, status: "pending" } })).toBe(1);
    expect(await sendPendingEmails()).toBeGreaterThanOrEqual(1);
    const mail = inbox.find((m) => m.to.includes(address));
    expect(mail?.body).toContain(`logged a meeting on ${customer.name}`);
    expect(mail?.body).toContain(`/customers/${customer.id}`);
    expect(mail?.body).not.toContain(customer.email!);
    expect(await db.emailOutbox.findFirstOrThrow({ where: { organizationId: staff.orgId } })).toMatchObject({
      status: "sent",
      attempts: 1,
    });
  });

  it("retries while the SMTP server is unreachable, then marks the email failed", async () => {
    process.env.SMTP_URL = smtpUrl;
    const { staff, manager } = await makeOrgWithRoles();
    await wantsEmail(staff);
    const customer = await makeCustomer(staff);
    await logActivity(manager, customer.id, { type: "note", summary: "Retry me" });
    await derive(staff);
    process.env.SMTP_URL = "smtp://127.0.0.1:9?connectionTimeout=2000";
    const t0 = Date.now();
    await sendPendingEmails({ now: new Date(t0) });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { organizationId: staff.orgId } });
    expect(email).toMatchObject({ status: "pending", attempts: 1 });
    expect(email.nextAttemptAt.getTime()).toBe(t0 + 60_000);
    for (let hour = 1; hour <= 24; hour++) await sendPendingEmails({ now: new Date(t0 + hour * 3_600_000) });
    expect(await db.emailOutbox.findFirstOrThrow({ where: { id: email.id } })).toMatchObject({
      status: "failed",
      attempts: 6,
    });
  });

  it("writes no email without SMTP_URL, whatever the preference", async () => {
    const { staff, manager } = await makeOrgWithRoles();
    await wantsEmail(staff);
    const customer = await makeCustomer(staff);
    await logActivity(manager, customer.id, { type: "note", summary: "No SMTP" });
    await derive(staff);
    expect((await listNotifications(staff)).total).toBe(1);
    expect(await db.emailOutbox.count({ where: { organizationId: staff.orgId } })).toBe(0);
    expect(await sendPendingEmails()).toBe(0);
  });
});

describe("worker notices", () => {
  it("tells the starter when an import and a bulk change finish, linking to the import", async () => {
    const { manager, staff } = await makeOrgWithRoles();
    const result = await importCsv(manager, csv([["Name"], [uniq("Imported ")], [uniq("Imported ")]]), {
      mode: "create",
    });
    const ids = await makeCustomerRows(manager, 3);
    const params = { action: "addTags" as const, params: { tags: ["vip"] }, ids };
    await enqueueJob(manager, { kind: "customer_bulk", params, total: ids.length });
    await runPendingJobs({ limit: 5 });
    const rows = (await listNotifications(manager)).rows;
    expect(rows.map((row) => [row.title, row.detail])).toEqual([
      ["Your bulk change finished", "3 updated"],
      ["Your import finished", "2 created"],
    ]);
    expect(rows[1]!.href).toBe(`/customers/imports/${result.id}`);
    expect((await listNotifications(staff)).total).toBe(0);
  });

  it("tells the owners and admins when a webhook endpoint is disabled for failing", async () => {
    const { admin, owner, staff } = await makeOrgWithRoles();
    const url = `https://hooks-${randomUUID().slice(0, 8)}.example.com/in`;
    msw.use(receiver(url, () => 500).handler);
    const { endpoint } = await createWebhookEndpoint(admin, { url });
    const [customer] = await makeCustomerRows(admin, 1);
    const t0 = new Date();
    await emit(admin, [{ type: "customer.created", resourceType: "customer", resourceId: customer! }]);
    await deliver(admin, t0);
    await emit(admin, [{ type: "customer.updated", resourceType: "customer", resourceId: randomUUID() }]);
    await deliver(admin, new Date(t0.getTime() + ENDPOINT_DISABLE_AFTER_MS + 60_000));
    for (const member of [admin, owner]) {
      const [row] = (await listNotifications(member)).rows;
      expect(row).toMatchObject({
        kind: "webhook_disabled",
        title: `Webhook endpoint ${url} was disabled`,
        href: `/settings/webhooks/${endpoint.id}`,
      });
    }
    expect((await listNotifications(staff)).total).toBe(0);
  });
});

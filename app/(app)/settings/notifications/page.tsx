// Settings → Notifications: each member chooses, per kind, the inbox and/or email (email only when the
// server has SMTP_URL; otherwise the choice is shown but says email is not configured).
import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { smtpConfigured } from "@/lib/notifications/email";
import { notificationKinds } from "@/lib/notifications/kinds";
import { getNotificationPreferences } from "@/lib/notifications/queries";
import { NotificationPreferencesForm } from "./notification-preferences-form";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationSettingsPage() {
  const ctx = await requireCtx();
  const preferences = await getNotificationPreferences(ctx);
  // Only owners and admins are told of disabled webhook endpoints: others do not see that choice.
  const kinds = notificationKinds.filter((kind) => kind !== "webhook_disabled" || can(ctx.role, "webhook:manage"));

  return (
    <section aria-labelledby="notification-settings-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="notification-settings-heading" className="text-lg font-semibold">
          Notifications
        </h2>
        <p className="text-sm text-muted-foreground">
          What you are told about in this organization, in the inbox (the bell at the top) and by email. You are never
          told of your own changes.
        </p>
      </div>
      <NotificationPreferencesForm initial={preferences} kinds={kinds} emailConfigured={smtpConfigured()} />
    </section>
  );
}

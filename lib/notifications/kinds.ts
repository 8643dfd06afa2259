// The kinds of notification a member can get, and how each is described on Settings → Notifications
// (no server imports: the preferences form reads them).

export const notificationKinds = [
  "customer_activity",
  "customer_updated",
  "ownership_transferred",
  "job_finished",
  "webhook_disabled",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKindLabels: Record<NotificationKind, { label: string; description: string }> = {
  customer_activity: {
    label: "Activity on my customers",
    description: "Someone else logs a call, email, meeting or note on a customer you own.",
  },
  customer_updated: {
    label: "Changes to my customers",
    description: "Someone else edits, archives or restores a customer you own.",
  },
  ownership_transferred: {
    label: "Ownership transfers",
    description: "A customer is transferred to or from you, or to a member of a service center you manage.",
  },
  job_finished: {
    label: "My imports and bulk changes",
    description: "An import, undo or bulk change you started has finished.",
  },
  webhook_disabled: {
    label: "Disabled webhook endpoints",
    description: "Admins: an endpoint was disabled because its deliveries kept failing.",
  },
};

/** Without a saved choice: in the inbox, not by email. */
export const defaultNotificationPreference = { inApp: true, email: false } as const;

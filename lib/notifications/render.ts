// A notification's words and link, from its stored row and the names joined to it when read (no server
// imports). Only names and field names: never a contact value, so nothing masked can leak through it.
import { activityTypeLabels, type ActivityTypeName } from "@/lib/activity/schemas";
import type { NotificationKind } from "@/lib/notifications/kinds";

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  actorType: string;
  actorName: string | null;
  customerName: string | null;
  toName: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  detail: string | null;
  href: string;
  read: boolean;
  createdAt: Date;
}

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

function actorOf(row: NotificationRow): string {
  if (row.actorName) return row.actorName;
  if (row.actorType === "apiKey") return "An API key";
  if (row.actorType === "system") return "Customer Hub";
  return "A former member";
}

/** `creditLimit` → "credit limit". */
const fieldLabel = (field: string) => field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

const jobLabels: Record<string, string> = {
  customer_import: "import",
  customer_import_undo: "import undo",
  customer_bulk: "bulk change",
};

function jobTitle(data: Record<string, unknown>): { title: string; detail: string | null } {
  const what = jobLabels[String(data.jobKind)] ?? "job";
  const status = String(data.status);
  if (status !== "completed")
    return { title: `Your ${what} ${status === "cancelled" ? "was cancelled" : "failed"}`, detail: null };
  const counts = (["created", "updated", "skipped", "failed"] as const)
    .map((name) => [name, Number(data[name] ?? 0)] as const)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${count.toLocaleString("en-US")} ${name}`);
  return { title: `Your ${what} finished`, detail: counts.length > 0 ? counts.join(", ") : null };
}

function hrefOf(row: NotificationRow): string {
  if (row.subjectType === "customer") return `/customers/${row.subjectId}`;
  if (row.subjectType === "webhook_endpoint") return `/settings/webhooks/${row.subjectId}`;
  const importId = text(row.data.importId);
  return importId ? `/customers/imports/${importId}` : "/customers";
}

function words(row: NotificationRow): { title: string; detail: string | null } {
  const actor = actorOf(row);
  const customer = row.customerName ?? "a customer";
  const { data } = row;
  switch (row.kind) {
    case "customer_activity": {
      const label = activityTypeLabels[data.activityType as ActivityTypeName] ?? "Activity";
      return { title: `${actor} logged a ${label.toLowerCase()} on ${customer}`, detail: null };
    }
    case "customer_updated": {
      if (data.event === "customer.archived") return { title: `${actor} archived ${customer}`, detail: null };
      if (data.event === "customer.restored") return { title: `${actor} restored ${customer}`, detail: null };
      const changed = Array.isArray(data.changed) ? data.changed.filter((f) => typeof f === "string").sort() : [];
      return {
        title: `${actor} updated ${customer}`,
        detail: changed.length > 0 ? `Changed: ${changed.map(fieldLabel).join(", ")}` : null,
      };
    }
    case "ownership_transferred": {
      const to = row.toName ?? "another member";
      if (data.role === "to") return { title: `${actor} transferred ${customer} to you`, detail: null };
      if (data.role === "from") return { title: `${actor} transferred ${customer} from you to ${to}`, detail: null };
      return { title: `${actor} transferred ${customer} to ${to}`, detail: "A member of a service center you manage" };
    }
    case "job_finished":
      return jobTitle(data);
    case "webhook_disabled":
      return { title: `Webhook endpoint ${text(data.url) ?? ""} was disabled`, detail: text(data.reason) };
  }
}

export function renderNotification(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    ...words(row),
    href: hrefOf(row),
    read: row.readAt !== null,
    createdAt: row.createdAt,
  };
}

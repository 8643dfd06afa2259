// The outbox's event types and the resources they are about (no server imports: the REST schema reads them).

export const eventTypes = [
  "customer.created",
  "customer.updated",
  "customer.deleted",
  "customer.archived",
  "customer.restored",
  "customer.merged",
  "customer.unmerged",
  "customer.erased",
  "customer.ownership.transferred",
  "customer.vehicle.added",
  "customer.activity.logged",
  "contact.created",
  "contact.updated",
  "contact.deleted",
  "contact.restored",
  "contact.erased",
  "asset.linked",
  "asset.link_updated",
  "asset.unlinked",
  "asset.primary_changed",
  "work_order.created",
  "work_order.updated",
  "work_order.status_changed",
  "work_order.deleted",
  "import.completed",
  "import.undone",
] as const;
export type EventType = (typeof eventTypes)[number];

export const eventResourceTypes = ["customer", "contact", "asset_link", "work_order", "import"] as const;
export type EventResourceType = (typeof eventResourceTypes)[number];

export const eventActorTypes = ["user", "apiKey", "system"] as const;

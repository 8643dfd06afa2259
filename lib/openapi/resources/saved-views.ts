// Saved views: named list states (filters, sort, page size, columns) of the key's user, or shared.
import { z } from "zod";
import { timestamp, uuid } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
import type { ResourceSpec, StricterPermission } from "@/lib/openapi/registry";
import { savedViewInputSchema, savedViewPatchSchema, savedViewResources } from "@/lib/saved-views/schemas";

const savedView = z.object({
  id: uuid,
  resource: z.enum(savedViewResources),
  name: z.string(),
  shared: z.boolean(),
  query: z.string().describe("The list's URL query as stored: only values that differ from the defaults"),
  href: z.string().describe("The app page that shows the view, e.g. `/customers?status=active`"),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  isOwn: z.boolean().describe("Saved by the key's user"),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const views = crudOperations({
  schema: "SavedView",
  plural: "SavedViews",
  path: "/saved-views",
  read: "savedView:manage",
  write: "savedView:manage",
  versioned: false,
});

/** Sharing a view with the organization takes a manager key. */
const sharing: StricterPermission = { body: "shared", value: true, permission: "savedView:share" };

export const savedViewsResource: ResourceSpec = {
  tag: "Saved views",
  description:
    "A saved view is a named list state — the list's URL query (filters, sort, page size, `cols`). Views are personal " +
    "unless shared with the organization (manager keys and up). They belong to the key's user; a key without one sees shared views only.",
  schemas: {
    SavedViewInput: savedViewInputSchema,
    SavedViewPatch: savedViewPatchSchema,
    SavedView: savedView,
  },
  operations: [
    views.list({
      summary: "List saved views of a list",
      description: "The user's own views first, then those shared by others; each by name.",
      query: [
        { name: "resource", description: "Which list (default `customers`)", schema: z.enum(savedViewResources) },
      ],
      success: "The views",
    }),
    views.create({
      stricter: [sharing],
      summary: "Save a view",
      description:
        "`query` is read like the list reads its URL: unknown or invalid values are dropped. Names are unique per user and list.",
      success: "The saved view",
    }),
    views.get({ summary: "Get a saved view", success: "The view" }),
    views.update({
      stricter: [sharing],
      summary: "Rename, share or change a saved view",
      description: "Only its creator; sharing takes a manager key.",
      success: "The updated view",
    }),
    views.delete({
      summary: "Delete a saved view",
      description: "Its creator, or a manager key for a shared view. Answers `{ data: { id } }`.",
      success: { status: 200, description: "Deleted" },
    }),
  ],
};

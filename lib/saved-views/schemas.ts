// Saved views: a named list state (filters, sort, page size, columns) kept per user, or shared with
// the organization. No server imports: the Views menu validates with the same schemas.
import { z } from "zod";
import { textSchema } from "@/lib/validation";

/** The lists that can have saved views. */
export const savedViewResources = ["customers"] as const;
export type SavedViewResource = (typeof savedViewResources)[number];

const savedViewLimits = { name: 100, query: 4_000 } as const;

const name = textSchema("Name")
  .trim()
  .min(1, "Name is required")
  .max(savedViewLimits.name, `Name must be at most ${savedViewLimits.name} characters`);

/** The list's URL query, e.g. `status=active&sort=-lastActivity&cols=name,tier` (a leading `?` is fine). */
const query = textSchema("The view's list state", "The view's list state must be a URL query string")
  .max(savedViewLimits.query, `The list state must be at most ${savedViewLimits.query} characters`)
  .transform((value) => value.trim().replace(/^\?/, ""));

const shared = z.boolean({ error: "Shared must be true or false" });

export const savedViewInputSchema = z.object({
  resource: z.enum(savedViewResources, { error: `Resource must be one of: ${savedViewResources.join(", ")}` }),
  name,
  shared: shared.default(false),
  query: query.default(""),
});

/** Rename, share or unshare, or replace the stored state with the current one. */
export const savedViewPatchSchema = z.object({
  name: name.optional(),
  shared: shared.optional(),
  query: query.optional(),
});

export const savedViewListSchema = z.object({
  resource: z.enum(savedViewResources, { error: `Resource must be one of: ${savedViewResources.join(", ")}` }),
});

/** The Save / Rename dialog: the name and, for those allowed, whether the organization sees it. */
export const savedViewFormSchema = z.object({ name, shared });
export type SavedViewFormValues = z.infer<typeof savedViewFormSchema>;

// Bulk actions on customers: what to do (add/remove tags, set status or tier, transfer owner, archive)
// to which rows (selected ids, or every customer matching a list filter). No server imports.
import { z } from "zod";
import { textSchema } from "@/lib/validation";
import { AppError, type FieldErrors } from "@/lib/errors";
import { customerStatuses } from "@/lib/customers/options";
import { limits } from "@/lib/customers/fields";
import { normalizeTags } from "@/lib/fields/normalize";
import { ownershipTransferSchema } from "@/lib/customers/ownership/schemas";

/** Selections up to this size run at once; larger ones become a background job. */
export const INLINE_BULK_LIMIT = 200;
/** Rows changed per transaction. */
export const BULK_BATCH_SIZE = 500;
const maxBulkIds = 10_000;

const tagList = z
  .array(textSchema("Each tag"), { error: "Give the tags as a list" })
  .transform((tags) => normalizeTags(tags))
  .pipe(
    z
      .array(z.string().max(limits.tag, `Each tag must be at most ${limits.tag} characters`))
      .min(1, "Give at least one tag")
      .max(limits.tags, `Give at most ${limits.tags} tags`),
  );

const bulkActionSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("addTags"), params: z.object({ tags: tagList }) }),
    z.object({ action: z.literal("removeTags"), params: z.object({ tags: tagList }) }),
    z.object({
      action: z.literal("setStatus"),
      params: z.object({ status: z.enum(customerStatuses, { error: "Choose a status" }) }),
    }),
    z.object({
      action: z.literal("setTier"),
      params: z.object({ tierId: z.uuid({ error: "Choose a tier" }).nullable() }),
    }),
    z.object({ action: z.literal("transferOwner"), params: ownershipTransferSchema }),
    z.object({ action: z.literal("archive"), params: z.object({}).optional().default({}) }),
  ],
  { error: "Choose an action: addTags, removeTags, setStatus, setTier, transferOwner or archive" },
);
export type BulkAction = z.output<typeof bulkActionSchema>;
export type BulkActionName = BulkAction["action"];

/** `ids` (selected rows) or `filter` (the list's search params, e.g. `{ status: "active", tag: "vip" }`). */
const bulkTargetSchema = z.union(
  [
    z.object({
      ids: z
        .array(z.uuid({ error: "Each id must be a customer id" }), { error: "Give the ids as a list" })
        .min(1, "Select at least one customer")
        .max(maxBulkIds, `Select at most ${maxBulkIds} customers, or use "all matching this filter"`)
        .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
    }),
    z.object({ filter: z.record(z.string(), z.union([z.string(), z.array(z.string())])) }),
  ],
  { error: "Give either `ids` or `filter`" },
);

export const bulkRequestSchema = z.intersection(bulkActionSchema, bulkTargetSchema);
export type BulkRequestInput = z.input<typeof bulkRequestSchema>;
export type BulkRequest = z.output<typeof bulkRequestSchema>;

export const bulkActionLabels: Record<BulkActionName, string> = {
  addTags: "Add tags",
  removeTags: "Remove tags",
  setStatus: "Set status",
  setTier: "Set tier",
  transferOwner: "Transfer owner",
  archive: "Archive",
};

/** Bulk actions that can be undone (lib/customers/bulk/undo.ts), and the customer field each changes. */
export const undoableBulkFields = { addTags: "tags", removeTags: "tags", setStatus: "status" } as const;
export type UndoableBulkAction = keyof typeof undoableBulkFields;

export function isUndoableBulkAction(action: BulkActionName): action is UndoableBulkAction {
  return Object.hasOwn(undoableBulkFields, action);
}

/** The rule undo follows, in the words the toast and its refusals use. */
export const bulkUndoRule = "Undo restores the customers nobody has changed since; newer changes are kept.";

/** What happened to the rows: counts, and why rows were skipped (reason → count). */
export interface BulkResult {
  total: number;
  processed: number;
  updated: number;
  skipped: number;
  skippedReasons: Record<string, number>;
  /** Set when the change can be undone (undoBulkChangeAction): a tag or status change that changed rows. */
  undoId: string | null;
}

/** What undoing a bulk change did: customers restored, and those kept because something newer changed them. */
export interface BulkUndoResult {
  restored: number;
  kept: number;
}

/** Parses a bulk request; field errors are keyed by the field itself (`reason`, `tags`, `ids` …), not `params`. */
export function parseBulkRequest(input: unknown): BulkRequest {
  const parsed = bulkRequestSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path[0] === "params" && issue.path.length > 1 ? issue.path.slice(1) : issue.path;
    const field = path.length > 0 ? String(path[0]) : "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new AppError("VALIDATION", parsed.error.issues[0]?.message ?? "The request is not valid.", fieldErrors);
}

/** The bulk job kind; its handler is lib/customers/bulk/job.ts (lib/jobs/definitions.ts). */
export const CUSTOMER_BULK_JOB = "customer_bulk";

/** A bulk job's checkpoint: where its last committed batch ended, rows seen and skips so far. */
export const bulkCheckpointSchema = z.object({
  after: z.object({ key: z.string().nullable(), name: z.string().optional(), id: z.uuid() }),
  seen: z.int().min(0),
  skippedReasons: z.record(z.string(), z.int().min(0)),
});
export type BulkCheckpoint = z.output<typeof bulkCheckpointSchema>;

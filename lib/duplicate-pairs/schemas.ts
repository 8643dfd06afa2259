// Possible duplicates: the scan job's params and checkpoint, and the pair a dismissal names. No server imports.
import { z } from "zod";
import { notFound } from "@/lib/errors";
import { isUuid, optionalText } from "@/lib/validation";

export const DUPLICATE_SCAN_JOB = "duplicate_scan";

export const scanParamsSchema = z.object({
  /** What asked for the scan: a person ("manual") or a finished import ("import"). */
  trigger: z.enum(["manual", "import"]).default("manual"),
});
export type ScanParams = z.output<typeof scanParamsSchema>;

/** What each of the scan's steps does, in order (lib/duplicate-pairs/scan.ts runs them). */
export const scanStepLabels = [
  "Comparing emails",
  "Comparing phone numbers",
  "Comparing account numbers",
  "Comparing websites",
  "Comparing aircraft and vehicles",
  "Comparing names",
  "Saving the pairs",
] as const;

/** How many of the scan's steps are done. */
export const scanCheckpointSchema = z.object({ step: z.int().min(0) });
export type ScanCheckpoint = z.output<typeof scanCheckpointSchema>;

const customerId = z.uuid({ error: "Each customer id must be a UUID" }).transform((id) => id.toLowerCase());

/** Two different customers, in either order; stored ordered (the smaller id first). */
export const pairSchema = z
  .object({ customerIds: z.tuple([customerId, customerId], { error: "Give the pair's two customer ids" }) })
  .refine(({ customerIds: [a, b] }) => a !== b, {
    error: "A pair needs two different customers",
    path: ["customerIds"],
  })
  .transform(({ customerIds: [a, b] }) => (a < b ? { a, b } : { a: b, b: a }));

/** What a dismissal says besides the pair: the REST body of `POST /duplicates/{key}/dismiss`. */
export const dismissNoteSchema = z.object({ note: optionalText("Note", 500) });

export const dismissInputSchema = z.intersection(
  pairSchema,
  dismissNoteSchema.transform(({ note }) => ({ note: note ?? null })),
);

/** A pair's key in URLs: its two ids joined by a comma, smaller first. */
export const pairKey = (a: string, b: string) => (a < b ? `${a},${b}` : `${b},${a}`);

/** A pair key from a URL ("a,b", the comma maybe percent-encoded) as its two ids; anything else names no pair. */
export function pairIdsFromKey(key: string): [string, string] {
  const ids = key.replace(/%2c/gi, ",").split(",");
  if (ids.length !== 2 || !ids.every(isUuid)) throw notFound("Duplicate pair");
  return [ids[0]!, ids[1]!];
}

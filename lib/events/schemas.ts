// The catch-up API's input: where to resume (an opaque cursor), which types, how many (no server imports).
import { z } from "zod";
import { textSchema } from "@/lib/validation";
import { eventTypes, type EventType } from "@/lib/events/types";

const eventPageSizes = { default: 100, max: 1000 } as const;

/** The cursor as clients hold it: opaque (base64url of the stream position), so its form can change. */
export function encodeEventCursor(position: bigint): string {
  return Buffer.from(`p${position}`).toString("base64url");
}

function decodeEventCursor(text: string): bigint | null {
  const match = /^p(\d{1,18})$/.exec(Buffer.from(text, "base64url").toString());
  return match ? BigInt(match[1]!) : null;
}

export const eventListSchema = z.object({
  after: textSchema("After")
    .trim()
    .max(100)
    .nullish()
    .transform((value, ctx) => {
      if (!value) return 0n;
      const cursor = decodeEventCursor(value);
      if (cursor !== null) return cursor;
      ctx.addIssue({ code: "custom", message: "After must be a `nextCursor` this API returned", input: value });
      return z.NEVER;
    }),
  types: z.array(z.enum(eventTypes, { error: "Unknown event type" })).optional(),
  limit: z.coerce
    .number({ error: "Limit must be a number" })
    .int("Limit must be a whole number")
    .min(1, "Limit must be at least 1")
    .max(eventPageSizes.max, `Limit must be at most ${eventPageSizes.max}`)
    .default(eventPageSizes.default),
});
export type EventListInput = z.input<typeof eventListSchema>;

/** REST query string → list input: `types` may repeat or be comma-separated; the schema checks each. */
export function eventListInputFromSearchParams(params: URLSearchParams): EventListInput {
  const types = params
    .getAll("types")
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
  return {
    after: params.get("after"),
    types: types.length > 0 ? (types as EventType[]) : undefined,
    limit: params.get("limit") ?? undefined,
  };
}

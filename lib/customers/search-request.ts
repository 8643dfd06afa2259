// POST /customers/search: the customer list's params as a JSON body (for filters too long for a URL),
// checked strictly — a wrong value is a VALIDATION error naming the field, where the URL falls back to the
// default — and then read by the list's own codec, so the answer is the list's. No server imports.
import { z } from "zod";
import { customerColumnIds } from "@/lib/customers/columns";
import { limits } from "@/lib/customers/fields";
import { customerListParamsSchema, type CustomerListParams } from "@/lib/customers/list-params";
import {
  assetFilters,
  customerKinds,
  customerSortColumns,
  customerStatuses,
  maxFilterTags,
  maxFilterTiers,
  marketingConsentFilters,
  openWorkOrderFilters,
  tagModes,
} from "@/lib/customers/options";
import { parseCalendarDate } from "@/lib/fields/calendar-date";
import { archivedFilters, perPageOptions } from "@/lib/list-params";
import { parseWith, textSchema } from "@/lib/validation";

const day = (label: string) =>
  textSchema(label)
    .refine((text) => parseCalendarDate(text) !== null, `${label} must be a day such as 2026-04-01 (year-month-day)`)
    .optional();

const sorts = customerSortColumns.flatMap((column) => [column, `-${column}`]);

/** Both ends of a range, when given, in order: `to` on or after `from`. */
function rangeInOrder(from: string | undefined, to: string | undefined): boolean {
  return !from || !to || from <= to;
}

export const customerSearchSchema = z
  .strictObject({
    q: textSchema("The search text").max(200, "The search text must be at most 200 characters").optional(),
    status: z.array(z.enum(customerStatuses)).optional(),
    kind: z.array(z.enum(customerKinds)).optional(),
    tag: z
      .array(
        textSchema("Each tag")
          .min(1, "A tag cannot be empty")
          .max(limits.tag, `Each tag is at most ${limits.tag} characters`),
      )
      .max(maxFilterTags, `Give at most ${maxFilterTags} tags`)
      .optional()
      .describe("Customers with any of these tags, or all of them with `tagMode: all`"),
    tagMode: z.enum(tagModes).optional().describe("`any` (default) or `all` of the tags"),
    tier: z
      .array(z.union([z.uuid({ error: "Each tier must be a tier id or `none`" }), z.literal("none")]))
      .max(maxFilterTiers, `Give at most ${maxFilterTiers} tiers`)
      .optional()
      .describe("Tier ids, `none` for customers without a tier"),
    owner: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, "The owner is `me`, `none` or a user id")
      .optional()
      .describe("`me` (the key's user), `none` (unowned) or a user id"),
    archived: z.enum(archivedFilters).optional(),
    createdFrom: day("The created-from day").describe("Created on or after this day (the organization's time zone)"),
    createdTo: day("The created-to day").describe("Created on or before this day"),
    activityFrom: day("The activity-from day").describe("Last activity on or after this day"),
    activityTo: day("The activity-to day").describe("Last activity on or before this day"),
    openWorkOrders: z
      .enum(openWorkOrderFilters)
      .optional()
      .describe("`yes`: has an open work order or quote; `no`: none"),
    asset: z
      .enum(assetFilters)
      .optional()
      .describe("A current link to an aircraft, a vehicle, either (`any`), or `none`"),
    marketingConsent: z
      .enum(marketingConsentFilters)
      .optional()
      .describe("`yes`: the customer's marketing consent is granted; `no`: not asked or withdrawn"),
    sort: z.enum(sorts).optional(),
    page: z.int().min(1).max(1_000_000).optional(),
    perPage: z.literal(perPageOptions).optional(),
    cols: z.array(z.enum(customerColumnIds)).optional(),
  })
  .refine((body) => rangeInOrder(body.createdFrom, body.createdTo), {
    path: ["createdTo"],
    message: "The created-to day must be on or after the created-from day",
  })
  .refine((body) => rangeInOrder(body.activityFrom, body.activityTo), {
    path: ["activityTo"],
    message: "The activity-to day must be on or after the activity-from day",
  });

/** A search body checked (VALIDATION naming the field) and read as the list's params: what the same URL query reads as. */
export function parseCustomerSearchBody(body: unknown): CustomerListParams {
  return customerListParamsSchema.parse(parseWith(customerSearchSchema, body));
}

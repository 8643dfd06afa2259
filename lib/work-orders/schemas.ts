// Work order validation shared by the react-hook-form client form, server actions and REST (no server imports).
import { z } from "zod";
import { parseCalendarDate } from "@/lib/fields/calendar-date";
import { textSchema } from "@/lib/validation";
import { workOrderPriorities, workOrderStatuses, workOrderTypes } from "@/lib/work-orders/options";

const workOrderLimits = { description: 10_000 } as const;

/** An id chosen in the form or sent by a client; blank means "none". */
const optionalId = textSchema("The id", "Must be an id")
  .trim()
  .nullish()
  .transform((value) => (value === undefined ? undefined : value || null));

const requiredId = (message: string) => textSchema("The id", message).trim().min(1, message);

/** `YYYY-MM-DD` (a calendar date, no time zone); blank means no due date. */
const dueDate = textSchema("Due date", "Enter a date such as 2026-01-31")
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    if (!value) return null;
    if (parseCalendarDate(value)) return value;
    ctx.addIssue({ code: "custom", message: "Enter a date such as 2026-01-31", input: value });
    return z.NEVER;
  });

const description = textSchema("Description")
  .max(workOrderLimits.description, `Description must be at most ${workOrderLimits.description} characters`)
  .nullish()
  .transform((value) => (value === undefined ? undefined : value?.trim() ? value : null));

const type = z.enum(workOrderTypes, { error: "Choose work order or quote" });
const priority = z.enum(workOrderPriorities, { error: "Choose low, normal, high or urgent" });
const status = z.enum(workOrderStatuses, { error: "Choose a valid status" });

/**
 * Create. The server resolves the customer: the asset's primary customer by default, `customerId`
 * to bill another customer with a current link to the asset, or `withoutCustomer` for none (which an
 * asset with no current customer requires: lib/work-orders/customer-resolution.ts).
 */
export const workOrderInputSchema = z
  .object({
    serviceCenterId: requiredId("Choose a service center"),
    assetId: requiredId("Choose an aircraft or vehicle"),
    customerId: optionalId,
    withoutCustomer: z
      .boolean({ error: "Must be true or false" })
      .default(false)
      .describe("Open it without a customer; required (true) when the asset has no current customer"),
    type: type.default("work_order"),
    priority: priority.default("normal"),
    dueDate,
    leadTechnicianId: optionalId,
    description,
  })
  .superRefine((input, ctx) => {
    if (input.withoutCustomer && input.customerId) {
      ctx.addIssue({ code: "custom", path: ["customerId"], message: "Choose a customer or no customer, not both" });
    }
  });
export type WorkOrderInput = z.input<typeof workOrderInputSchema>;

const version = z.number({ error: "Reload the work order and try again" }).int().positive();

const patchFields = {
  status: status.optional(),
  type: type.optional(),
  priority: priority.optional(),
  dueDate,
  leadTechnicianId: optionalId,
  description,
  /** Another customer with a current link to the asset; null removes the customer. */
  customerId: optionalId,
};

/** REST PATCH: any subset of fields; `version` optional. */
export const workOrderPatchSchema = z.object({ ...patchFields, version: version.optional() });
export type WorkOrderPatch = z.input<typeof workOrderPatchSchema>;

/** The UI edit form and status control: like the patch, but `version` is required. */
export const workOrderUpdateSchema = z.object({ ...patchFields, version });

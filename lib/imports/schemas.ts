// Import input: column mapping, mode, match key, saved mappings and list params (no server imports).
import { z } from "zod";
import { textSchema } from "@/lib/validation";
import { mappingTargets } from "@/lib/imports/map/targets";
import { dateFormatChoices, numberFormatChoices } from "@/lib/imports/map/readings";

export const importModes = ["create", "update", "upsert"] as const;
export type ImportMode = (typeof importModes)[number];
export const importMatchKeys = ["accountNumber", "email"] as const;
export type ImportMatchKey = (typeof importMatchKeys)[number];

export const importModeLabels: Record<ImportMode, string> = {
  create: "Create new customers only",
  update: "Update existing customers only",
  upsert: "Create new and update existing",
};
export const matchKeyLabels: Record<ImportMatchKey, string> = { accountNumber: "Account number", email: "Email" };

export const columnMappingSchema = z.object({
  column: z.number().int().min(0).max(1000),
  header: textSchema("Header").max(500),
  target: z
    .enum(mappingTargets, { error: "Choose a field or Ignore" })
    .describe(
      "The customer field the column goes to (`contact.…`: the customer's contact; `tier`: a tier by name; " +
        "`company`: the company name, which makes the customer a company), or `ignore`. " +
        "`notes` and `tags` may take several columns; every other field one.",
    ),
});

export const mappingSchema = z.array(columnMappingSchema, { error: "The mapping must be a list of columns" }).max(1000);

export const importRunSchema = z.object({
  mapping: mappingSchema,
  mode: z.enum(importModes, { error: "Choose create, update or upsert" }).default("upsert"),
  matchOn: z.enum(importMatchKeys, { error: "Match on accountNumber or email" }).default("accountNumber"),
  numberFormat: z
    .enum(numberFormatChoices, { error: "Read numbers as auto, dot (1,234.56) or comma (1.234,56)" })
    .default("auto"),
  dateFormat: z
    .enum(dateFormatChoices, { error: "Read dates as auto, dmy (31.12.2026), mdy (12/31/2026) or ymd (2026-12-31)" })
    .default("auto"),
});
export type ImportRunInput = z.input<typeof importRunSchema>;
export type ImportRun = z.output<typeof importRunSchema>;

export const savedMappingInputSchema = z.object({
  name: textSchema("Name").trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  mapping: mappingSchema,
});

export const importListParamsSchema = z.object({
  page: z.coerce.number().int().min(1).catch(1),
  perPage: z.coerce
    .number()
    .int()
    .refine((n) => [10, 25, 50, 100].includes(n))
    .catch(25),
});

export const importIssueParamsSchema = z.object({
  severity: z.enum(["error", "warning"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
  perPage: z.coerce.number().int().min(1).max(500).catch(100),
});

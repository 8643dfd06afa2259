// Customer tier validation shared by the settings dialog, the server actions and the REST API.
import { z } from "zod";
import { textSchema } from "@/lib/validation";

const tierLimits = { name: 60, benefits: 2_000, maxLevel: 1_000 } as const;

const name = textSchema("Name")
  .trim()
  .min(1, "Name is required")
  .max(tierLimits.name, `Name must be at most ${tierLimits.name} characters`);

/** 1 is the highest tier; the form sends text, the API a number. */
const level = z
  .union(
    [
      z.number(),
      textSchema("Level").trim().regex(/^\d+$/, "Level must be a whole number of 1 or more").transform(Number),
    ],
    {
      error: "Level must be a whole number of 1 or more",
    },
  )
  .pipe(
    z
      .number()
      .int("Level must be a whole number of 1 or more")
      .min(1, "Level must be a whole number of 1 or more")
      .max(tierLimits.maxLevel, `Level must be at most ${tierLimits.maxLevel}`),
  );

const discountPattern = /^\d{1,3}(\.\d{1,2})?$/;
const DISCOUNT_MESSAGE = "Discount must be a percentage from 0 to 100 with at most two decimals";

/**
 * A percentage kept as a decimal string ("12.50"), never a float: numbers from JSON are read
 * through their shortest text form, so 12.345 stays three decimals and is refused.
 */
const discountPercentSchema = z.union([z.string(), z.number()], { error: DISCOUNT_MESSAGE }).transform((value, ctx) => {
  const text = String(value).trim();
  if (!discountPattern.test(text) || toBasisPoints(text) > 10_000) {
    ctx.addIssue({ code: "custom", message: DISCOUNT_MESSAGE, input: value });
    return z.NEVER;
  }
  return formatBasisPoints(toBasisPoints(text));
});

/** "12.5" → 1250: a percentage with two decimals as an integer, for exact arithmetic. */
function toBasisPoints(percent: string): number {
  const [whole = "0", fraction = ""] = percent.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** 1250 → "12.50". */
function formatBasisPoints(basisPoints: number): string {
  return `${Math.trunc(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, "0")}`;
}

const color = textSchema("Colour")
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, "Use a colour such as #1d4ed8");

const benefits = textSchema("Benefits")
  .max(tierLimits.benefits, `Benefits must be at most ${tierLimits.benefits} characters`)
  .nullish()
  .transform((value) => (value?.trim() ? value.trim() : null));

export const tierInputSchema = z.object({
  name,
  level,
  discountPercent: discountPercentSchema,
  color: color.default("#64748b"),
  benefits,
});
export type TierInput = z.input<typeof tierInputSchema>;

const version = z.number({ error: "Reload the tier and try again" }).int().positive();

/** REST PATCH: any subset of fields; `version` optional. */
export const tierPatchSchema = z.object({
  name: name.optional(),
  level: level.optional(),
  discountPercent: discountPercentSchema.optional(),
  color: color.optional(),
  benefits: textSchema("Benefits")
    .max(tierLimits.benefits, `Benefits must be at most ${tierLimits.benefits} characters`)
    .nullish()
    .transform((value) => (value === undefined ? undefined : value?.trim() || null)),
  version: version.optional(),
});

/** The settings edit dialog: every field, with the version it was read at. */
export const tierUpdateSchema = tierInputSchema.extend({ version });

/** Where a deleted tier's customers go: another tier's id, or null for "no tier". */
export const tierDeleteSchema = z.object({
  moveTo: textSchema("Move to").trim().min(1).nullable().optional(),
});

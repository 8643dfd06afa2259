// Input rules every boundary shares: text PostgreSQL cannot store (a NUL byte) or that is not Unicode
// (a lone surrogate) is refused with the field named, in zod schemas and for whole inputs (JSON
// bodies, server action inputs, query strings, import cells) before anything reaches the database.
import { z } from "zod";
import { AppError, validationError, type FieldErrors } from "@/lib/errors";

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `text` cannot be stored ("contains a NUL character", …), or null when it can. */
export function unstorableReason(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character (\\u0000), which cannot be stored";
  if (loneSurrogate.test(text)) return "contains an invalid character (a lone UTF-16 surrogate)";
  return null;
}

export const isStorableText = (text: string) => unstorableReason(text) === null;

/**
 * The base of every text field: a string ("<label> is required" when missing, "<label> must be text"
 * for another type, or `typeError` for both) that can be stored.
 * Chain trims, lengths and transforms on it as on `z.string()`.
 */
export function textSchema(label: string, typeError?: string) {
  return z
    .string({
      error: (issue) => typeError ?? (issue.input === undefined ? `${label} is required` : `${label} must be text`),
    })
    .refine(isStorableText, { error: (issue) => `${label} ${unstorableReason(String(issue.input))}`, abort: true });
}

export const tooLong = (label: string, max: number) => `${label} must be at most ${max} characters`;

/** Single-line text: trimmed; empty means not set (null); otherwise stored as typed. */
export function optionalText(label: string, max: number) {
  return textSchema(label)
    .trim()
    .max(max, tooLong(label, max))
    .nullish()
    .transform((value) => value || null);
}

/** Whether `id` is a UUID: ids that are not cannot name a row, and checking first avoids a database cast error. */
export const isUuid = (id: string) => z.regexes.guid.test(id);

/** `input` parsed with `schema`, or a VALIDATION AppError carrying zod's messages by field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** Unparsed input as its fields (a patch, validated later as part of the merged record); not an object → VALIDATION. */
export function parseFields(input: unknown): Record<string, unknown> {
  return parseWith(z.looseObject({}), input);
}

type Path = (string | number)[];

/** A step on the way down from the input: its key and the step above (paths are built only when needed). */
type Step = { key: string | number; up: Step | null } | null;

function pathOf(step: Step): Path {
  const path: Path = [];
  for (let at = step; at; at = at.up) path.push(at.key);
  return path.reverse();
}

/**
 * The first string or key anywhere in `input` that cannot be stored, with its path. Walks without
 * recursion or copying paths, so no nesting depth can overflow the stack or cost more than linear time.
 */
export function findUnstorableText(input: unknown): { path: Path; reason: string } | null {
  const stack: [unknown, Step][] = [[input, null]];
  while (stack.length > 0) {
    const [value, step] = stack.pop()!;
    if (typeof value === "string") {
      const reason = unstorableReason(value);
      if (reason) return { path: pathOf(step), reason };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], { key: i, up: step }]);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const reason = unstorableReason(key);
        if (reason)
          return { path: [...pathOf(step), replaceUnstorable(key)], reason: `has a field name that ${reason}` };
        stack.push([item, { key, up: step }]);
      }
    }
  }
  return null;
}

/** `text` with every character that cannot be stored replaced by U+FFFD (for echoing or keeping as uploaded). */
export function replaceUnstorable(text: string): string {
  return text.replace(/\u0000/g, "\ufffd").replace(new RegExp(loneSurrogate.source, "g"), "\ufffd");
}

/** `["filter", "q"]` → "filter.q"; `["tags", 2]` → "tags[2]". */
function formatPath(path: Path): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    "",
  );
}

/**
 * Throws a VALIDATION error naming the field (its top-level name, as zod errors are keyed) when any
 * text in `input` cannot be stored: the guard at every boundary, for fields no schema checks.
 */
export function assertStorableInput(input: unknown, what = "The input"): void {
  const found = findUnstorableText(input);
  if (!found) return;
  const field = found.path.length > 0 ? String(found.path[0]) : "_form";
  const message = `${found.path.length > 0 ? formatPath(found.path) : what} ${found.reason}`;
  const fieldErrors: FieldErrors = { [field]: [message] };
  throw new AppError("VALIDATION", message, fieldErrors);
}

// Which of a form's fields are required, read from the zod schema the form and the server share, so
// the "*" markers cannot drift from the validation. A field is required when leaving it blank is an
// error at that field whatever else is filled in: a rule that one of two fields is needed ("a first or
// last name") marks neither, as filling the other one satisfies it.
import type { z } from "zod";

type Values = Record<string, unknown>;

/** The fields with an issue when `values` are parsed (top-level names). */
function fieldsWithIssues(schema: z.ZodType, values: Values): Set<string> {
  const result = schema.safeParse(values);
  if (result.success) return new Set();
  return new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")).filter(Boolean));
}

/**
 * The required fields of a form whose values look like `values`: every text value is blanked except
 * those named in `keep` (choices such as the kind, which change what is required); a blank field with an
 * issue is required unless giving another blank field some text makes that issue go away.
 */
export function requiredFieldNames(schema: z.ZodType, values: object, keep: readonly string[] = []): Set<string> {
  const blank: Values = {};
  for (const [name, value] of Object.entries(values)) {
    blank[name] = typeof value === "string" && !keep.includes(name) ? "" : value;
  }
  const candidates = fieldsWithIssues(schema, blank);
  const others = Object.keys(blank).filter((name) => blank[name] === "" && !keep.includes(name));
  for (const other of others) {
    if (candidates.size === 0) break;
    const issues = fieldsWithIssues(schema, { ...blank, [other]: "x" });
    for (const name of candidates) {
      if (name !== other && !issues.has(name)) candidates.delete(name);
    }
  }
  return candidates;
}

// Sparse answers for REST reads: `?fields=a,b` keeps only those fields of each record (plus `id`), and
// `?exclude=pii` drops the fields lib/privacy/fields.ts classifies personal or sensitive. Every customer
// and contact read parses the parameters with the same schema and projects its records with selectFields.
import { z } from "zod";
import { splitValues } from "@/lib/list-params";
import { parseWith } from "@/lib/validation";

export const excludeOptions = ["pii"] as const;

/** What a resource offers to select: its field names and which of them are personal. */
export interface SelectableResource {
  /** Shown in messages, e.g. "customer". */
  label: string;
  fields: readonly string[];
  personal: readonly string[];
}

export interface FieldSelection {
  /** Only these fields (and `id`); undefined: every field. */
  fields?: ReadonlySet<string>;
  excludePii: boolean;
}

const noSelection: FieldSelection = { excludePii: false };

/** The value as a message quotes it: a hostile megabyte is not echoed back. */
const quoted = (input: unknown) => JSON.stringify(String(input).slice(0, 50));

/** The shared schema of the two parameters (each repeated or comma-separated); an unknown value is a 422 naming it. */
function fieldSelectionSchema(resource: SelectableResource) {
  const known = new Set(resource.fields);
  return z.object({
    fields: z.array(
      z.string().refine((field) => known.has(field), {
        error: (issue) =>
          `Unknown ${resource.label} field ${quoted(issue.input)}; fields are ${resource.fields.join(", ")}`,
      }),
    ),
    exclude: z.array(z.enum(excludeOptions, { error: (issue) => `Unknown exclude ${quoted(issue.input)}: use pii` })),
  });
}

/** `?fields` and `?exclude` of the request, checked against the resource's fields. */
export function readFieldSelection(request: Request, resource: SelectableResource): FieldSelection {
  const params = new URL(request.url).searchParams;
  const input = { fields: splitValues(params.getAll("fields")), exclude: splitValues(params.getAll("exclude")) };
  if (input.fields.length === 0 && input.exclude.length === 0) return noSelection;
  const { fields, exclude } = parseWith(fieldSelectionSchema(resource), input);
  return {
    ...(fields.length > 0 && { fields: new Set(fields) }),
    excludePii: exclude.includes("pii"),
  };
}

/** The record with only the selected fields; `id` always stays so a sparse record can still be addressed. */
export function selectFields<T extends { id: string }>(
  record: T,
  selection: FieldSelection,
  personal: readonly string[],
): Partial<T> & { id: string } {
  if (!selection.fields && !selection.excludePii) return record;
  const keep = (field: string) =>
    field === "id" ||
    ((!selection.fields || selection.fields.has(field)) && !(selection.excludePii && personal.includes(field)));
  return Object.fromEntries(Object.entries(record).filter(([field]) => keep(field))) as Partial<T> & { id: string };
}

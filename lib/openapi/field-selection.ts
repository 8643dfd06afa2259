// How the document describes `?fields` and `?exclude=pii` (lib/api/field-selection.ts): the two query
// parameters, and a `<schema>Partial` component for the records of a sparse answer.
import { z } from "zod";
import { excludeOptions, type SelectableResource } from "@/lib/api/field-selection";
import { ref, type JsonSchema } from "@/lib/openapi/json-schema";
import type { Operation, QueryParam } from "@/lib/openapi/registry";

/** Marks a partial record schema with the schema it is part of (the response checker tells them apart by it). */
export const PARTIAL_OF = "x-partial-of";

export function fieldSelectionParams({ label, fields, personal }: SelectableResource): QueryParam[] {
  const personalHere = personal.filter((field) => fields.includes(field));
  return [
    {
      name: "fields",
      description: `Only these ${label} fields (and \`id\`, always); an unknown field is a 422 naming it`,
      schema: z.enum(fields as [string, ...string[]]),
      list: true,
    },
    {
      name: "exclude",
      description:
        `\`pii\` leaves out the personal fields (${personalHere.map((field) => `\`${field}\``).join(", ")}), ` +
        "also when `fields` names them",
      schema: z.enum(excludeOptions),
      list: true,
    },
  ];
}

/** A record of the answer: whole, or with `fields`/`exclude` partial. */
export function recordSchema(schema: string, op: Pick<Operation, "fieldSelection">): JsonSchema {
  if (!op.fieldSelection) return ref(schema);
  return {
    anyOf: [ref(schema), ref(`${schema}Partial`)],
    description: "With `fields` or `exclude`, only the selected fields and `id`",
  };
}

/** Every property a component declares, through `$ref` and `allOf`. */
function flatProperties(schema: JsonSchema, schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const target = typeof schema.$ref === "string" ? (schemas[schema.$ref.split("/").pop() ?? ""] ?? {}) : schema;
  const parts = ((target.allOf ?? []) as JsonSchema[]).map((part) => flatProperties(part, schemas));
  return Object.assign({}, ...parts, (target.properties ?? {}) as Record<string, JsonSchema>);
}

/** `<name>Partial`: the same fields as `name`, each optional but `id`. */
export function partialSchema(name: string, schemas: Record<string, JsonSchema>): JsonSchema {
  return {
    type: "object",
    description: `Some fields of a ${name}: those asked for with \`fields\`, without the personal ones with \`exclude=pii\`; \`id\` always`,
    properties: flatProperties(ref(name), schemas),
    required: ["id"],
    [PARTIAL_OF]: name,
  };
}

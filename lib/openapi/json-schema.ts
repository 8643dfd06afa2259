// zod → JSON Schema 2020-12 (the dialect OpenAPI 3.1 uses), so the API document is generated from the
// same schemas the routes parse with.
import { z } from "zod";

export type JsonSchema = { [key: string]: unknown };

/**
 * A request body or parameter as clients send it (`io: "input"`: before trims and defaults are applied).
 * Refinements and transforms have no JSON Schema form; they are described by the operation instead.
 */
export function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    override: ({ jsonSchema }) => {
      // `format` (uuid, date, date-time) says it; zod's long regex and int bound only add noise.
      if (jsonSchema.format) delete jsonSchema.pattern;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      // A field of the other asset kind (accepted only when blank) reads as "send nothing or null".
      if (Object.keys(jsonSchema).length === 0) Object.assign(jsonSchema, { description: "Send null or leave out" });
    },
  });
  return json;
}

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

// Marks the response fields the visibility mode may mask (lib/privacy/masking.ts) with `x-maskable: true` and a
// sentence, on every component schema that carries them, from the same field lists the masking reads.
import type { JsonSchema } from "@/lib/openapi/json-schema";
import { contactMaskedFields, customerMaskedFields } from "@/lib/privacy/fields";

const NOTE = "May be masked (visibility mode): seen with limited details, it is masked or null.";

/** Component schema → its properties that may be masked; nested objects by a dotted path. */
const maskable: Record<string, readonly string[]> = {
  Customer: customerMaskedFields,
  CustomerSummary: customerMaskedFields,
  Contact: contactMaskedFields,
  WorkOrder: [
    "customerSnapshot.email",
    "customerSnapshot.phone",
    "customerSnapshot.billingAddress",
    "customer.email",
    "customer.phone",
  ],
  AssetLink: ["customer.email", "customer.phone"],
};

/**
 * The object schema a property holds (unwrapping `anyOf: [object, null]`); for a resource built as
 * `allOf: [$ref input, { properties }]`, its own part, where an inherited field gets an annotation-only entry.
 */
function objectOf(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema.properties) return schema;
  const variants = (schema.anyOf ?? schema.oneOf ?? schema.allOf) as JsonSchema[] | undefined;
  return variants?.find((variant) => variant.properties);
}

function mark(schema: JsonSchema, path: string[]): void {
  const [head, ...rest] = path;
  const properties = objectOf(schema)?.properties as Record<string, JsonSchema> | undefined;
  if (!properties || !head) return;
  const property = properties[head];
  if (rest.length > 0) return property ? mark(property, rest) : undefined;
  if (!property && !schema.allOf) return;
  const own = property?.description;
  const description = typeof own === "string" ? `${own.replace(/\.$/, "")}. ${NOTE}` : NOTE;
  properties[head] = { ...property, description, "x-maskable": true };
}

export function markMaskableFields(schemas: Record<string, JsonSchema>): void {
  for (const [name, fields] of Object.entries(maskable)) {
    const schema = schemas[name];
    if (schema) for (const field of fields) mark(schema, field.split("."));
  }
}

// Customer input → stored columns: validation as AppErrors, organization defaults, search text.
import type { Prisma } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { customerInputSchema, type CustomerData, type CustomerInput } from "@/lib/customers/schemas";
import { customerSearchText } from "@/lib/customers/search-text";
import { sealCustomerFields } from "@/lib/privacy/encrypted-fields";

export interface OrgDefaults {
  defaultCountry: string;
  defaultCurrency: string;
}

/** Missing, null or whitespace; REST bodies may carry any JSON type, which the schema then rejects. */
const isBlank = (value: unknown) => value == null || (typeof value === "string" && !value.trim());

/**
 * Fills country and currency from the organization when the input leaves them blank. Input that is
 * not an object (an unparsed body may be anything) is returned as is, for the schema to reject.
 */
export function applyOrgDefaults<T>(input: T, defaults: OrgDefaults): T {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const fields = input as Record<string, unknown>;
  return {
    ...fields,
    country: isBlank(fields.country) ? defaults.defaultCountry : fields.country,
    currency: isBlank(fields.currency) ? defaults.defaultCurrency : fields.currency,
  } as T;
}

/** The columns written for validated data (everything but ids, audit fields and version). */
export function toCustomerColumns(data: CustomerData) {
  return { ...data, searchText: customerSearchText(data) };
}

/**
 * Validated, normalized rows for `db.customer.createMany` or a raw bulk insert (seed and benchmarks),
 * encrypted fields sealed (lib/privacy/encrypted-fields.ts). Throws a
 * VALIDATION AppError naming the first invalid input's position.
 */
export function customerRowsForInsert(
  orgId: string,
  inputs: CustomerInput[],
  actorUserId: string | null,
  defaults?: OrgDefaults,
): Prisma.CustomerCreateManyInput[] {
  return inputs.map((input, index) => {
    const result = customerInputSchema.safeParse(defaults ? applyOrgDefaults(input, defaults) : input);
    if (!result.success) {
      const error = validationError(result.error);
      throw new AppError("VALIDATION", `Customer ${index + 1}: ${error.message}`, error.fieldErrors);
    }
    return {
      ...sealCustomerFields(toCustomerColumns(result.data)),
      organizationId: orgId,
      createdById: actorUserId,
      updatedById: actorUserId,
    };
  });
}

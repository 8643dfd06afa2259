// From a validation issue's field back to the file column(s) it came from, so errors name the user's header.
import type { ColumnMapping } from "@/lib/imports/map/propose";

/** Fields the importer fills from another target (the name from the company or the person's name). */
const derivedFrom: Record<string, string[]> = {
  name: ["name", "company", "firstName", "lastName"],
  kind: ["kind", "company"],
};

/**
 * The headers behind a schema issue path: "email" for the customer, "contact.email" for the contact.
 * Empty when the field came from no single column (the row is then the thing at fault).
 */
export function headersForPath(mapping: readonly ColumnMapping[], path: string): string[] {
  const sources = derivedFrom[path] ?? [path];
  return mapping.filter((entry) => sources.includes(entry.target)).map((entry) => entry.header);
}

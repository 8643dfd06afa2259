// The searchable text stored on each asset (trigram-indexed), folded like customers' search text.
import { foldText } from "@/lib/search-text";

export interface SearchableAssetFields {
  registration?: string | null;
  vin?: string | null;
  serialNumber?: string | null;
  make?: string | null;
  model?: string | null;
  licensePlate?: string | null;
}

/** Identifiers are also stored without hyphens and spaces, so "cfabc" finds C-FABC and "abc123" ABC-123. */
const compact = (value: string | null | undefined) => (value ? value.replace(/[\s-]/g, "") : null);

export function assetSearchText(fields: SearchableAssetFields): string {
  const parts = [
    fields.registration,
    compact(fields.registration),
    fields.vin,
    fields.serialNumber,
    fields.make,
    fields.model,
    fields.licensePlate,
    compact(fields.licensePlate),
  ];
  return foldText([...new Set(parts.filter(Boolean))].join(" "));
}

// The searchable text stored on each work order (trigram-indexed): number, asset identifiers, customer.
import { foldText } from "@/lib/search-text";

export interface SearchableWorkOrderFields {
  number: string;
  asset: {
    registration: string | null;
    vin: string | null;
    serialNumber: string | null;
    make: string | null;
    model: string | null;
  };
  customerName: string | null;
}

export function workOrderSearchText({ number, asset, customerName }: SearchableWorkOrderFields): string {
  const parts = [number, asset.registration, asset.vin, asset.serialNumber, asset.make, asset.model, customerName];
  return foldText(parts.filter(Boolean).join(" "));
}

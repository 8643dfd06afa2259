// Picker searches for the link dialog: server actions unwrapped so a failure shows as "Search failed".
// Each leaves out what is already linked to the record the dialog links from.
import type { ComboboxOption } from "@/components/async-combobox";
import { searchAssetOptionsAction, searchCustomerOptionsAction } from "@/lib/asset-links/actions";
import type { ActionResult } from "@/lib/safe-action";

function unwrap(result: ActionResult<ComboboxOption[]>): ComboboxOption[] {
  if ("error" in result) throw new Error(result.error.message);
  return result.data;
}

/** Customers not yet linked to the aircraft or vehicle. */
export const customerSearchFor = (assetId: string) => async (q: string) =>
  unwrap(await searchCustomerOptionsAction({ q, assetId }));

/** Aircraft and vehicles not yet linked to the customer. */
export const assetSearchFor = (customerId: string) => async (q: string) =>
  unwrap(await searchAssetOptionsAction({ q, customerId }));

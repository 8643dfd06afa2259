// Picker searches for the link dialog: server actions unwrapped so a failure shows as "Search failed".
import type { ComboboxOption } from "@/components/async-combobox";
import { searchAssetOptionsAction, searchCustomerOptionsAction } from "@/lib/asset-links/actions";
import type { ActionResult } from "@/lib/safe-action";

function unwrap(result: ActionResult<ComboboxOption[]>): ComboboxOption[] {
  if ("error" in result) throw new Error(result.error.message);
  return result.data;
}

export const searchCustomers = async (q: string) => unwrap(await searchCustomerOptionsAction({ q }));
export const searchAssets = async (q: string) => unwrap(await searchAssetOptionsAction({ q }));

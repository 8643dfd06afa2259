"use client";

// The customer list's active filters as chips under the toolbar: each removes its filter, "Clear all" every one
// (the search stays). Read from and written to the URL through the list's codec.
import { XIcon } from "lucide-react";

import { useTableUrlState } from "@/components/data-table/use-table-url-state";
import { useDisplayPrefs } from "@/components/display-prefs";
import { Button } from "@/components/ui/button";
import { describeCustomerFilters } from "@/lib/customers/filter-labels";
import { customerListCodec } from "@/lib/customers/list-params";
import type { OwnerOption } from "@/lib/customers/ownership/queries";
import { formatCalendarDate } from "@/lib/format";
import type { TierOption } from "@/lib/tiers/queries";

export function CustomerFilterChips({ tiers, owners }: { tiers: TierOption[]; owners: OwnerOption[] }) {
  const prefs = useDisplayPrefs();
  const { params, filters, setParams } = useTableUrlState(customerListCodec);
  const chips = describeCustomerFilters(params, {
    tiers: new Map(tiers.map((tier) => [tier.id, tier.name])),
    owners: new Map(owners.map((owner) => [owner.id, owner.name])),
    formatDay: (day) => formatCalendarDate(day, prefs),
  });
  if (chips.length === 0) return null;
  const clear = (keys: string[]) => setParams(Object.fromEntries(keys.map((key) => [key, null])));

  return (
    <section aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {chips.map((chip) => (
        <Button
          key={chip.keys.join()}
          variant="secondary"
          size="sm"
          className="h-7 max-w-full"
          onClick={() => clear(chip.keys)}
          aria-label={`Remove filter: ${chip.label}`}
        >
          <span className="truncate">{chip.label}</span>
          <XIcon aria-hidden="true" />
        </Button>
      ))}
      <Button variant="ghost" size="sm" className="h-7" onClick={() => clear(Object.keys(filters))}>
        Clear all
      </Button>
    </section>
  );
}

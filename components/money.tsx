"use client";

// An amount in its currency as the viewer writes money ("25.000,00 €" for de-DE, "$25,000.00" for en-US): the
// same text on the server and in the browser, for server and client components alike.
import { useDisplayPrefs } from "@/components/display-prefs";
import { formatMoney } from "@/lib/number-format";

/** `amount` is an exact decimal as text ("25000.00"): a Decimal does not cross to the browser. */
export function Money({ amount, currency }: { amount: string; currency: string | null }) {
  const prefs = useDisplayPrefs();
  return <span className="tabular-nums">{formatMoney(amount, currency, prefs)}</span>;
}

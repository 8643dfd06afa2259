// Money and numbers in the viewer's locale ("25.000,00 €" for de-DE, "$25,000.00" for en-US): pure functions of
// their input and the DisplayPrefs' locale, so the server and the browser render the same text.
type LocalePrefs = { locale: string };

/** An exact decimal: Prisma's Decimal, its text ("25000.00"), or a number. */
type Amount = string | number | { toFixed(digits: number): string };

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

// ICU builds space groups and currency signs with U+202F or U+00A0 ("25 000,00 €" in fr-FR) and write de-CH's
// group separator as ' or ’: one spelling on the server and in every browser (spaces non-breaking, so an amount
// never wraps inside a table cell).
const tidy = (text: string) => text.replace(/[\u202f\u00a0 ]/g, "\u00a0").replace(/'/g, "’");

/** Text numbers are formatted as written (Intl reads decimal strings exactly): cents never go through a float. */
function exact(amount: Amount): Intl.StringNumericLiteral | number {
  return (typeof amount === "object" ? amount.toFixed(2) : amount) as Intl.StringNumericLiteral | number;
}

/**
 * An amount in its currency as the viewer writes money: "25.000,00 €" (de-DE, EUR), "$25,000.00" (en-US, USD),
 * "¥25,000" (en-US, JPY: the currency's own decimals). Without a currency (or with a code Intl does not know),
 * the amount with two decimals, followed by the code if there is one.
 */
export function formatMoney(amount: Amount, currency: string | null, prefs: LocalePrefs): string {
  const value = exact(amount);
  if (currency) {
    try {
      return tidy(numberFormat(prefs.locale, { style: "currency", currency }).format(value));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  const plain = numberFormat(prefs.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return tidy(currency ? `${plain} ${currency}` : plain);
}

/** A count or quantity in the viewer's locale: 1234 → "1,234" (en-US), "1.234" (de-DE), "1 234" (fr-FR). */
export function formatNumber(value: number, prefs: LocalePrefs, options: Intl.NumberFormatOptions = {}): string {
  return tidy(numberFormat(prefs.locale, options).format(value));
}

/** A list's total as its header and pager show it: "1,234", "10,000+" (a lower bound), "about 1.2M" (an estimate). */
export function formatListTotal(
  {
    total,
    totalCapped = false,
    totalEstimated = false,
  }: { total: number; totalCapped?: boolean; totalEstimated?: boolean },
  prefs: LocalePrefs,
): string {
  if (totalEstimated)
    return `about ${formatNumber(total, prefs, { notation: "compact", maximumSignificantDigits: 2 })}`;
  return `${formatNumber(total, prefs)}${totalCapped ? "+" : ""}`;
}

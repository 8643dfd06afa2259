// Postal code validation and normalization per country, from postal-codes-js's data. Uses its
// browser format table (static requires) because its Node entry loads formats with a dynamic
// require that bundlers cannot follow.
import getFormat from "postal-codes-js/formats-web";
import countriesByFormat from "postal-codes-js/mappings/alpha2-to-formats.json";

const formatFileByCountry = new Map<string, string>(
  Object.entries(countriesByFormat).flatMap(([file, countries]) => countries.map((c): [string, string] => [c, file])),
);

const postalCodeNames: Record<string, string> = { US: "ZIP code", GB: "postcode", IE: "Eircode" };

/** What a postal code is called in a country, for messages ("Enter a valid ZIP code for …"). */
export function getPostalCodeLabel(country: string): string {
  return postalCodeNames[country] ?? "postal code";
}

export type PostalCodeResult = { ok: true; value: string } | { ok: false };

/**
 * Checks `raw` against the country's format when one is known; returns it upper-cased with
 * single spaces, in the country's usual layout for US, CA and GB. Unknown countries pass through.
 */
export function normalizePostalCode(raw: string, country: string | null): PostalCodeResult {
  const value = raw.trim().replace(/\s+/g, " ").toUpperCase();
  const file = country ? formatFileByCountry.get(country) : undefined;
  const format = file ? getFormat(file) : undefined;
  if (!country || !format) return { ok: true, value };
  let compact = value;
  for (const char of format.RedundantCharacters) compact = compact.split(char).join("");
  const expression = Array.isArray(format.ValidationRegex) ? format.ValidationRegex.join("|") : format.ValidationRegex;
  if (!new RegExp(`^(?:${expression})$`, "i").test(compact)) return { ok: false };
  return { ok: true, value: layOut(country, compact, value) };
}

function layOut(country: string, compact: string, typed: string): string {
  if (country === "US") return compact.length === 9 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
  if (country === "CA" || country === "GB") return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return typed;
}

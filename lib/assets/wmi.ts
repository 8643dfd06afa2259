// What the WMI (the first VIN characters) says without a lookup service: the region (ISO 3780's
// first character) and the country (SAE J1044 second-character ranges, generated in wmi-countries.ts).
import { wmiCountryRanges } from "@/lib/assets/wmi-countries";

/** The order VIN characters run in, used for allocation ranges like "SA–SM" or "1A–10". */
const VIN_ORDER = "ABCDEFGHJKLMNPRSTUVWXYZ1234567890";

/** ISO 3780 regions by the first character. */
const regionByFirst: [RegExp, string][] = [
  [/[A-H]/, "Africa"],
  [/[J-R]/, "Asia"],
  [/[S-Z]/, "Europe"],
  [/[1-5]/, "North America"],
  [/[6-7]/, "Oceania"],
  [/[89]/, "South America"],
];

/** Later allocations outside a country's ISO 3780 region (7A–70 United States, E Russia, H China). */
const regionByCountry: Record<string, string> = {
  "United States": "North America",
  Russia: "Europe",
  China: "Asia",
};

const position = (char: string) => VIN_ORDER.indexOf(char);

/** The manufacturer's country from the first two characters, or null where none is allocated. */
export function decodeVinCountry(vin: string): string | null {
  const [first = "", second = ""] = vin;
  const at = position(second);
  const range = wmiCountryRanges.find(
    ([rangeFirst, from, to]) => rangeFirst === first && at >= position(from) && at <= position(to),
  );
  return range?.[3] ?? null;
}

/** The region (Africa, Asia, Europe, North America, Oceania, South America), or null for 0. */
export function decodeVinRegion(vin: string): string | null {
  const country = decodeVinCountry(vin);
  if (country && regionByCountry[country]) return regionByCountry[country];
  const first = vin[0] ?? "";
  return regionByFirst.find(([chars]) => chars.test(first))?.[1] ?? null;
}

/**
 * True for vehicles built in North America (first character 1–5, and the newer 7A–70 US range): their
 * VINs must carry the check digit (49 CFR 565; Canada and Mexico follow it). Elsewhere it is optional.
 */
export function requiresCheckDigit(vin: string): boolean {
  return /^[1-5]/.test(vin) || decodeVinRegion(vin) === "North America";
}

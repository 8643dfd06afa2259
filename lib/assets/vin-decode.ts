// What a valid VIN tells without a lookup service: its model year (10th character) and the
// country or region of its manufacturer (the WMI, first characters).

/** Model-year codes in cycle order: A = 1980 (and 2010), …, Y = 2000 (2030), 1 = 2001 (2031), …, 9 = 2009. */
const YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
const CYCLE = 30;
const FIRST_CYCLE_START = 1980;

/** The order VIN characters run in, used for WMI ranges like "SA–SM". */
const VIN_ORDER = "ABCDEFGHJKLMNPRSTUVWXYZ1234567890";

/**
 * The model year. Letters and digits repeat every 30 years; since 2010 North American makers put a
 * letter in position 7 for 2010–2039 and a digit for 1980–2009 (49 CFR 565.15). A year that would
 * lie beyond next year falls back to the nearest earlier cycle (a vehicle cannot be from the future).
 */
export function decodeVinYear(vin: string, today = new Date()): number | null {
  const index = YEAR_CODES.indexOf(vin[9] ?? "");
  if (vin.length !== 17 || index < 0) return null;
  const latestPossible = today.getFullYear() + 1;
  let year = FIRST_CYCLE_START + index + (/[A-Z]/.test(vin[6] ?? "") ? CYCLE : 0);
  while (year > latestPossible) year -= CYCLE;
  return year;
}

/** The 10th-character code of a model year (one code per year of a 30-year cycle). */
export function vinYearCode(year: number): string {
  return YEAR_CODES[(year - FIRST_CYCLE_START) % CYCLE]!;
}

interface WmiRange {
  /** First character of the VIN. */
  first: string;
  /** Second-character range (inclusive, in VIN order); the whole first character when absent. */
  from?: string;
  to?: string;
  country: string;
}

/** A small SAE J1044 / ISO 3780 excerpt: the more specific ranges come before a first-character default. */
const wmiTable: WmiRange[] = [
  // North America
  { first: "1", country: "United States" },
  { first: "4", country: "United States" },
  { first: "5", country: "United States" },
  { first: "2", country: "Canada" },
  { first: "3", from: "A", to: "W", country: "Mexico" },
  { first: "3", country: "Central America / Caribbean" },
  // Oceania and South America
  { first: "6", country: "Australia" },
  { first: "7", country: "New Zealand" },
  { first: "8", from: "A", to: "E", country: "Argentina" },
  { first: "8", country: "South America" },
  { first: "9", country: "Brazil" },
  // Asia
  { first: "J", country: "Japan" },
  { first: "K", from: "L", to: "R", country: "South Korea" },
  { first: "K", country: "Korea / Central Asia" },
  { first: "L", country: "China" },
  { first: "M", from: "A", to: "E", country: "India" },
  { first: "M", from: "F", to: "K", country: "Indonesia" },
  { first: "M", from: "L", to: "R", country: "Thailand" },
  { first: "M", country: "South Asia" },
  { first: "N", from: "L", to: "R", country: "Turkey" },
  { first: "N", country: "Western Asia" },
  { first: "P", country: "Southeast Asia" },
  { first: "R", from: "F", to: "K", country: "Taiwan" },
  { first: "R", country: "Asia" },
  // Europe
  { first: "S", from: "A", to: "M", country: "United Kingdom" },
  { first: "S", from: "N", to: "T", country: "Germany" },
  { first: "S", from: "U", to: "Z", country: "Poland" },
  { first: "S", country: "Europe" },
  { first: "T", from: "A", to: "H", country: "Switzerland" },
  { first: "T", from: "J", to: "P", country: "Czech Republic" },
  { first: "T", from: "R", to: "V", country: "Hungary" },
  { first: "T", country: "Europe" },
  { first: "U", country: "Europe" },
  { first: "V", from: "A", to: "E", country: "Austria" },
  { first: "V", from: "F", to: "R", country: "France" },
  { first: "V", from: "S", to: "W", country: "Spain" },
  { first: "V", country: "Europe" },
  { first: "W", country: "Germany" },
  { first: "X", from: "L", to: "R", country: "Netherlands" },
  { first: "X", country: "Russia / Eastern Europe" },
  { first: "Y", from: "A", to: "E", country: "Belgium" },
  { first: "Y", from: "F", to: "K", country: "Finland" },
  { first: "Y", from: "S", to: "W", country: "Sweden" },
  { first: "Y", country: "Northern Europe" },
  { first: "Z", from: "A", to: "R", country: "Italy" },
  { first: "Z", country: "Europe" },
  // Africa: A–H
  { first: "A", from: "A", to: "H", country: "South Africa" },
  ...["A", "B", "C", "D", "E", "F", "G", "H"].map((first) => ({ first, country: "Africa" })),
];

const position = (char: string) => VIN_ORDER.indexOf(char);

function inRange(range: WmiRange, second: string): boolean {
  if (!range.from || !range.to) return true;
  const at = position(second);
  return at >= position(range.from) && at <= position(range.to);
}

/** Manufacturer country or region from the first two characters, or null when unknown. */
export function decodeVinCountry(vin: string): string | null {
  const [first = "", second = ""] = vin;
  return wmiTable.find((range) => range.first === first && inRange(range, second))?.country ?? null;
}

export interface VinDecoding {
  year: number | null;
  country: string | null;
}

export function decodeVin(vin: string, today = new Date()): VinDecoding {
  return { year: decodeVinYear(vin, today), country: decodeVinCountry(vin) };
}

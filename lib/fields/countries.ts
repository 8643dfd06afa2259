// ISO 3166-1 alpha-2 countries and their names, read from one generated file (country-names.json, CLDR) so
// the server render and every browser show the same text — their own Intl.DisplayNames disagree on some names.
import type { Option } from "@/lib/fields/options";
import countryNames from "@/lib/fields/country-names.json";

type CountryLanguage = keyof typeof countryNames.names;

const byLanguage = countryNames.names as Record<CountryLanguage, [code: string, name: string][]>;

export const countryCodes: readonly string[] = byLanguage.en.map(([code]) => code).sort();

const codeSet = new Set(countryCodes);

export function isCountryCode(value: string): boolean {
  return codeSet.has(value);
}

/** The language country names are shown in for a locale ("de-AT" → "de"); English when there are none for it. */
function countryLanguageOf(locale: string): CountryLanguage {
  const language = locale.split("-")[0]?.toLowerCase() ?? "";
  return Object.hasOwn(byLanguage, language) ? (language as CountryLanguage) : "en";
}

const nameMaps = new Map<CountryLanguage, Map<string, string>>();

function namesIn(language: CountryLanguage): Map<string, string> {
  let names = nameMaps.get(language);
  if (!names) nameMaps.set(language, (names = new Map(byLanguage[language])));
  return names;
}

/** "DE" → "Germany" (en), "Deutschland" (de-DE); an unknown code as given. */
export function getCountryName(code: string, locale = "en"): string {
  return namesIn(countryLanguageOf(locale)).get(code) ?? code;
}

const optionLists = new Map<CountryLanguage, Option<string>[]>();

/** Every country as a select option, sorted by its name in `locale` (sorted once, when the file was generated). */
export function listCountryOptions(locale = "en"): Option<string>[] {
  const language = countryLanguageOf(locale);
  let options = optionLists.get(language);
  if (!options) optionLists.set(language, (options = byLanguage[language].map(([value, label]) => ({ value, label }))));
  return options;
}

/** The country options in English, the common case. */
export const countryOptions: Option<string>[] = listCountryOptions();

/** Every name a country goes by in the file, in every language, with its code: for reading names people type. */
export function listCountryNames(): [name: string, code: string][] {
  const names = Object.values(byLanguage).flatMap((pairs) =>
    pairs.map(([code, name]): [string, string] => [name, code]),
  );
  const aliases = Object.entries(countryNames.aliases as Record<string, string[]>).flatMap(([code, list]) =>
    list.map((name): [string, string] => [name, code]),
  );
  return [...names, ...aliases];
}

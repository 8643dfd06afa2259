// Pure normalizers for customer fields, shared by the zod schemas (client and server) and search text.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** E.164 form of a phone number typed in any format, read with `country` as the default region. */
export function normalizePhone(raw: string, country: string | null): string | null {
  const parsed = parsePhoneNumberFromString(raw, { defaultCountry: (country ?? undefined) as CountryCode | undefined });
  return parsed?.isValid() ? parsed.number : null;
}

/** Digits of an E.164 number in international and national layout ("+12125550101" → both forms). */
export function getPhoneDigits(e164: string): string[] {
  const parsed = parsePhoneNumberFromString(e164);
  const forms = [e164, parsed?.formatNational() ?? ""].map((form) => form.replace(/\D/g, ""));
  return [...new Set(forms.filter(Boolean))];
}

/** A website with https:// added when no scheme was typed; null unless it is a plausible http(s) URL. */
export function normalizeWebsite(raw: string): string | null {
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(raw) && !/^[^:/]+:\d/.test(raw) ? raw : `https://${raw}`;
  if (/\s/.test(withScheme)) return null;
  try {
    const url = new URL(withScheme);
    const hostOk = url.hostname === "localhost" || /^[^.]+(\.[^.]+)+$/.test(url.hostname);
    return (url.protocol === "https:" || url.protocol === "http:") && hostOk ? withScheme : null;
  } catch {
    return null;
  }
}

let currencies: Set<string> | undefined;

export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}

/** Canonical BCP 47 form of a language tag ("en-us" → "en-US"), or null when it is not one. */
export function canonicalizeLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Trimmed tags without empties or case-insensitive duplicates (the first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

export function buildPersonName(firstName: string | null | undefined, lastName: string | null | undefined): string {
  return [firstName, lastName].filter(Boolean).join(" ");
}

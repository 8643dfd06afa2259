// Phone numbers: normalized to E.164 for storage, their digits for search, laid out for display.
// libphonenumber-js carries per-country metadata; pages that show no phone number should not import this.
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

/** "+18655550101" → "+1 865 555 0101"; anything unparsable is shown as stored. */
export function formatPhone(phone: string | null): string {
  if (!phone) return "";
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
}

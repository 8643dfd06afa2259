"use client";

// A country's name in the viewer's language, for server components (the names come from one file, so the
// server and the browser render the same text).
import { useDisplayPrefs } from "@/components/display-prefs";
import { getCountryName } from "@/lib/fields/countries";

const nameOf = (code: string | null, locale: string) => (code ? getCountryName(code, locale) : "");

export function CountryName({ code }: { code: string | null }) {
  const { locale } = useDisplayPrefs();
  return <>{nameOf(code, locale)}</>;
}

/** The code ("DE"), named in full on hover: for narrow table cells. */
export function CountryCode({ code }: { code: string | null }) {
  const { locale } = useDisplayPrefs();
  return <span title={nameOf(code, locale)}>{code}</span>;
}

"use client";

// A country's name in the viewer's language, for server components (the names come from one file, so the
// server and the browser render the same text).
import { useDisplayPrefs } from "@/components/display-prefs";
import { formatCountry } from "./format";

export function CountryName({ code }: { code: string | null }) {
  const { locale } = useDisplayPrefs();
  return <>{formatCountry(code, locale)}</>;
}

/** The code ("DE"), named in full on hover: for narrow table cells. */
export function CountryCode({ code }: { code: string | null }) {
  const { locale } = useDisplayPrefs();
  return <span title={formatCountry(code, locale)}>{code}</span>;
}

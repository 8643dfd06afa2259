// Search text every list shares: stored text and typed queries folded alike, so a substring match
// (trigram-indexed) ignores case, accents and spacing, and phone-like queries match by their digits.

/** Lower-case, accent-free, single-spaced: "  Zürich   AIR " → "zurich air". */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

const germanLetters: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ẞ: "SS",
};

/** German transliteration before folding: "Müller" → "mueller" (foldText alone gives "muller"). */
function foldTransliterated(text: string): string {
  return foldText(text.normalize("NFC").replace(/[äöüßÄÖÜẞ]/g, (letter) => germanLetters[letter]!));
}

/**
 * Stored search text of names: the folded text, plus its German transliteration when that differs,
 * so "muller", "müller" and "mueller" all find "Müller".
 */
export function foldWithTransliteration(text: string): string {
  const folded = foldText(text);
  const transliterated = foldTransliterated(text);
  return transliterated === folded ? folded : `${folded} ${transliterated}`;
}

export interface SearchTerm {
  /** The folded query, matched as a substring of the search text. */
  text: string;
  /** For phone-like queries ("555 0101", "(212) 555-01"), just the digits; otherwise null. */
  digits: string | null;
}

/** Normalizes a search query like the stored text; an empty result means "no search". */
export function normalizeSearchTerm(q: string): SearchTerm {
  const text = foldText(q);
  const compact = text.replace(/\s/g, "");
  const digits = compact.replace(/\D/g, "");
  const phoneLike = digits.length >= 3 && /^[\d+()\-./]+$/.test(compact);
  return { text, digits: phoneLike && digits !== text ? digits : null };
}

// Vehicle licence plates by the country that issued them: the national formats we know are checked and
// written the way the country writes them; a plate of another country (or none given) is accepted as
// typed, upper-cased with its spacing tidied.

interface PlateFormat {
  /** Matched against the plate upper-cased with spaces and hyphens removed, unless `keepSeparators`. */
  pattern: RegExp;
  /** The plate as the country writes it, from the pattern's groups (or the tidied plate itself). */
  write: (groups: string[], plate: string) => string;
  keepSeparators?: boolean;
}

interface PlateCountry {
  formats: PlateFormat[];
  /** Why a plate does not fit, with examples. */
  message: string;
}

const joinWith =
  (...separators: string[]) =>
  (groups: string[]) =>
    groups.reduce((text, group, index) => (index === 0 ? group : `${text}${separators[index - 1] ?? ""}${group}`), "");

/** Dutch sidecodes 1–14 (RDW): six characters in three groups, letters without vowels since sidecode 5. */
const dutchSidecodes = [
  /^([A-Z]{2})(\d{2})(\d{2})$/,
  /^(\d{2})(\d{2})([A-Z]{2})$/,
  /^(\d{2})([A-Z]{2})(\d{2})$/,
  /^([A-Z]{2})(\d{2})([A-Z]{2})$/,
  /^([A-Z]{2})([A-Z]{2})(\d{2})$/,
  /^(\d{2})([A-Z]{2})([A-Z]{2})$/,
  /^(\d{2})([A-Z]{3})(\d)$/,
  /^(\d)([A-Z]{3})(\d{2})$/,
  /^([A-Z]{2})(\d{3})([A-Z])$/,
  /^([A-Z])(\d{3})([A-Z]{2})$/,
  /^([A-Z]{3})(\d{2})([A-Z])$/,
  /^([A-Z])(\d{2})([A-Z]{3})$/,
  /^(\d)([A-Z]{2})(\d{3})$/,
  /^(\d{3})([A-Z]{2})(\d)$/,
];

const swissCantons = "AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH";

const plateCountries: Record<string, PlateCountry> = {
  DE: {
    // District (1–3 letters), a separator (it cannot be told apart otherwise), 1–2 letters, 1–4 digits, E or H.
    formats: [
      {
        pattern: /^([A-ZÄÖÜ]{1,3})[\s-]+([A-Z]{1,2})[\s-]*(\d{1,4}[EH]?)$/,
        write: joinWith("-", " "),
        keepSeparators: true,
      },
    ],
    message: "A German plate is the district, a hyphen or space, letters and digits, e.g. B-AB 1234 or M-XY 123E",
  },
  AT: {
    formats: [{ pattern: /^([A-Z]{1,2})([A-Z0-9]{3,6})$/, write: joinWith("-") }],
    message: "An Austrian plate is the district and 3 to 6 letters and digits, e.g. W-12345A or GU-123AB",
  },
  CH: {
    formats: [{ pattern: new RegExp(`^(${swissCantons})(\\d{1,6})$`), write: joinWith(" ") }],
    message: "A Swiss plate is the canton and up to 6 digits, e.g. ZH 123456",
  },
  FR: {
    formats: [
      // SIV (since 2009): no I, O or U; and the older FNI with the département.
      { pattern: /^([A-HJ-NP-TV-Z]{2})(\d{3})([A-HJ-NP-TV-Z]{2})$/, write: joinWith("-", "-") },
      { pattern: /^(\d{1,4})([A-Z]{1,3})(\d{2}|2A|2B|97\d)$/, write: joinWith(" ", " ") },
    ],
    message: "A French plate is two letters, three digits, two letters, e.g. AB-123-CD (or 1234 AB 75 before 2009)",
  },
  IT: {
    formats: [{ pattern: /^([A-HJ-NPR-TV-Z]{2})(\d{3})([A-HJ-NPR-TV-Z]{2})$/, write: joinWith(" ", " ") }],
    message: "An Italian plate is two letters, three digits, two letters, e.g. AB 123 CD",
  },
  ES: {
    formats: [
      // Since 2000: consonants only; before, the province and digits.
      { pattern: /^(\d{4})([BCDFGHJKLMNPRSTVWXYZ]{3})$/, write: joinWith(" ") },
      { pattern: /^([A-Z]{1,2})(\d{4})([A-Z]{1,2})$/, write: joinWith("-", "-") },
    ],
    message: "A Spanish plate is four digits and three consonants, e.g. 1234 BCD (or M-1234-AB before 2000)",
  },
  NL: {
    formats: dutchSidecodes.map((pattern) => ({ pattern, write: joinWith("-", "-") })),
    message: "A Dutch plate is six letters and digits in one of the RDW sidecodes, e.g. AB-12-CD or 12-ABC-3",
  },
  GB: {
    formats: [
      { pattern: /^([A-Z]{2}\d{2})([A-Z]{3})$/, write: joinWith(" ") }, // since 2001
      { pattern: /^([A-Z]\d{1,3})([A-Z]{3})$/, write: joinWith(" ") }, // prefix, 1983–2001
      { pattern: /^([A-Z]{3})(\d{1,3}[A-Z])$/, write: joinWith(" ") }, // suffix, 1963–1983
      { pattern: /^([A-Z]{1,3})(\d{1,4})$/, write: joinWith(" ") }, // dateless, and Northern Ireland
      { pattern: /^(\d{1,4})([A-Z]{1,3})$/, write: joinWith(" ") },
    ],
    message: "A British plate is like AB12 CDE (or an older A123 BCD, ABC 123D or ABC 123)",
  },
  US: {
    // Every state has its own formats: letters and digits, up to 8 (spaces and hyphens as typed).
    formats: [{ pattern: /^[A-Z0-9]{1,8}$/, write: (_, plate) => plate }],
    message: "A US plate has up to 8 letters and digits, e.g. 7ABC123",
  },
};

/** Countries whose plate formats are checked. */
export const plateCountryCodes = Object.keys(plateCountries);

/** Upper-cased, surrounding spaces dropped, runs of spaces as one. */
export function tidyPlate(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, " ");
}

export type PlateCheck = { ok: true; plate: string } | { ok: false; message: string };

/** A plate of `country` (ISO 3166 alpha-2, or null when not known): checked where its format is known. */
export function checkPlate(value: string, country: string | null): PlateCheck {
  const plate = tidyPlate(value);
  const rules = country ? plateCountries[country] : undefined;
  if (!rules) return { ok: true, plate };
  const compact = plate.replace(/[\s-]/g, "");
  for (const { pattern, write, keepSeparators } of rules.formats) {
    const match = pattern.exec(keepSeparators ? plate : compact);
    if (match) return { ok: true, plate: write(match.slice(1), plate) };
  }
  return { ok: false, message: rules.message };
}

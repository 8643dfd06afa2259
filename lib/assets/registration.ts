// Aircraft registrations (tail numbers): an ICAO nationality prefix and a mark, e.g. N12345, C-FABC.
// The marks of common nationalities are checked and written the national way (D EABC → D-EABC,
// N-12345 → N12345); a registration of another nationality is accepted in the general shape.

const REGISTRATION_MAX = 10;

/**
 * 2–10 letters and digits with at most one inner hyphen, at least one letter (every ICAO prefix
 * has one, even 4X- or 9H-), e.g. N12345, N512SR, C-FABC, G-ABCD, D-EABC, 9H-ABC, JA8089.
 */
const registrationPattern = /^(?=.{2,10}$)(?=.*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)?$/;

interface Nationality {
  /** Written with a hyphen between prefix and mark (all but the US and Japan). */
  hyphen: boolean;
  marks: RegExp;
  message: string;
}

const letters = (count: string) => new RegExp(`^[A-Z]{${count}}$`);

/** Marks by nationality prefix (ICAO Annex 7 and the national registers). */
const nationalities: Record<string, Nationality> = {
  N: {
    hyphen: false,
    // 1–5 characters: a digit 1–9 first, then digits, ending in at most two letters (never I or O).
    marks: /^[1-9](?:\d{0,4}|\d{0,3}[A-HJ-NP-Z]|\d{0,2}[A-HJ-NP-Z]{2})$/,
    message:
      "A US registration is N and 1 to 5 characters: a digit 1–9, more digits, at most two letters at the end (no I or O), e.g. N12345 or N512SR",
  },
  JA: {
    hyphen: false,
    marks: /^(?:\d{4}|\d{3}[A-Z]|\d{2}[A-Z]{2})$/,
    message: "A Japanese registration is JA and four digits, or digits ending in letters, e.g. JA8089 or JA01XJ",
  },
  C: {
    hyphen: true,
    marks: /^[FGI][A-Z]{3}$/,
    message: "A Canadian registration is C-F, C-G or C-I and three letters, e.g. C-FABC",
  },
  G: { hyphen: true, marks: letters("4"), message: "A UK registration is G- and four letters, e.g. G-ABCD" },
  D: {
    hyphen: true,
    marks: /^(?:[A-Z]{4}|\d{4})$/,
    message: "A German registration is D- and four letters, or four digits for gliders, e.g. D-EABC or D-1234",
  },
  F: { hyphen: true, marks: letters("4"), message: "A French registration is F- and four letters, e.g. F-GABC" },
  I: { hyphen: true, marks: letters("4"), message: "An Italian registration is I- and four letters, e.g. I-ABCD" },
  HB: {
    hyphen: true,
    marks: /^(?:[A-Z]{3}|\d{3,4})$/,
    message: "A Swiss registration is HB- and three letters, or digits for gliders, e.g. HB-ABC or HB-1234",
  },
  OE: {
    hyphen: true,
    marks: /^(?:[A-Z]{3}|\d{4})$/,
    message: "An Austrian registration is OE- and three letters, or four digits for gliders, e.g. OE-ABC or OE-5123",
  },
  PH: {
    hyphen: true,
    marks: /^(?:[A-Z]{3}|\d{1,4})$/,
    message: "A Dutch registration is PH- and three letters, or digits for gliders, e.g. PH-ABC or PH-1234",
  },
  SP: {
    hyphen: true,
    marks: letters("3,4"),
    message: "A Polish registration is SP- and three or four letters, e.g. SP-ABC",
  },
  ...Object.fromEntries(
    [
      ["EI", "An Irish"],
      ["EC", "A Spanish"],
      ["OO", "A Belgian"],
      ["OY", "A Danish"],
      ["SE", "A Swedish"],
      ["LN", "A Norwegian"],
      ["OH", "A Finnish"],
      ["VH", "An Australian"],
      ["ZK", "A New Zealand"],
      ["9H", "A Maltese"],
    ].map(([prefix, adjective]) => [
      prefix,
      {
        hyphen: true,
        marks: letters("3"),
        message: `${adjective} registration is ${prefix}- and three letters, e.g. ${prefix}-ABC`,
      },
    ]),
  ),
};

/** Longest first, so that a registration typed without a hyphen finds its own prefix. */
const prefixes = Object.keys(nationalities).sort((a, b) => b.length - a.length);

const write = (prefix: string, mark: string) => `${prefix}${nationalities[prefix]!.hyphen ? "-" : ""}${mark}`;

export type RegistrationCheck = { ok: true; registration: string } | { ok: false; message: string };

/** A known nationality's registration, or null when the prefix is not one we know the marks of. */
function checkNational(registration: string): RegistrationCheck | null {
  const separated = /^([A-Z0-9]+)(?:\s*-\s*|\s+)([A-Z0-9]+)$/.exec(registration);
  if (separated) {
    const [, prefix = "", mark = ""] = separated;
    const nationality = nationalities[prefix];
    if (!nationality) return null;
    return nationality.marks.test(mark)
      ? { ok: true, registration: write(prefix, mark) }
      : { ok: false, message: nationality.message };
  }
  for (const prefix of prefixes) {
    if (registration.startsWith(prefix) && nationalities[prefix]!.marks.test(registration.slice(prefix.length))) {
      return { ok: true, registration: write(prefix, registration.slice(prefix.length)) };
    }
  }
  // Written without a hyphen, only N and JA tell their nationality for certain.
  const unhyphenated = ["JA", "N"].find((prefix) => registration.startsWith(prefix));
  return unhyphenated && /^[A-Z0-9]+$/.test(registration)
    ? { ok: false, message: nationalities[unhyphenated]!.message }
    : null;
}

export function checkRegistration(value: string): RegistrationCheck {
  const registration = value.trim().toUpperCase();
  const national = checkNational(registration);
  if (national) return national;
  if (registrationPattern.test(registration)) return { ok: true, registration };
  if (registration.length < 2 || registration.length > REGISTRATION_MAX) {
    return { ok: false, message: "A registration has 2 to 10 characters, e.g. N12345 or C-FABC" };
  }
  return {
    ok: false,
    message: "Use the nationality prefix and mark: letters, digits and at most one hyphen, e.g. N12345 or C-FABC",
  };
}

// Proposes a column mapping from header names (a saved mapping first, then known synonyms) and checks one.
import {
  getImportTarget,
  isMappingTarget,
  isMultiple,
  targetLabel,
  type MappingTarget,
} from "@/lib/imports/map/targets";
import { matchHeader, normalizeHeader } from "@/lib/imports/map/synonyms";

export interface ColumnMapping {
  /** 0-based column index in the file. */
  column: number;
  header: string;
  target: MappingTarget;
}

/**
 * Loose matches for headers no synonym names exactly ("Customer E-mail", "Zip/Postal", "Telefon privat"),
 * written as normalizeHeader leaves them.
 */
const looseRules: [RegExp, MappingTarget][] = [
  [/\b(e ?mail|courriel)\b/, "email"],
  [/\b(zip|postal|postcode|plz|postleitzahl)\b/, "postalCode"],
  [/\b(city|ort|ville|ciudad|citta|plaats|cidade)\b/, "city"],
  [/\b(country|land|pays|pais|pase|nazione)\b/, "country"],
  [/\b(phone|telephone|tel|telefon|telefono|telefone|telefoon)\b/, "phone"],
  [/\b(website|homepage|webseite)\b/, "website"],
];
const notLoose = new RegExp(
  "\\b(opt|type|typ|art|label|display|date|datum|count|status|verified|bounce|owner|id|remark|comment|note|fax|bank|iban|bic)\\b" +
    // Shipping and remarks columns in any language (German compounds: "Lieferadresse Ort", "Bemerkung Telefon").
    "|\\b(liefer|livraison|envio|entrega|spedizion|consegn|aflever|bezorg|ship|deliver|bemerk|notiz|kommentar)",
);

function looseTarget(header: string): MappingTarget | undefined {
  const normalized = normalizeHeader(header);
  if (normalized.split(" ").length > 4 || notLoose.test(normalized)) return undefined;
  return looseRules.find(([pattern]) => pattern.test(normalized))?.[1];
}

/**
 * Bare name words read by their neighbours: next to a first-name column "Name", "Nom" and "Naam" are the
 * surname (Vorname + Name); next to a surname column "Nombre" and "Nome" are the first name (Nome + Cognome).
 */
const pairedNames: [string, string[], MappingTarget][] = [
  ["name", ["vorname"], "lastName"],
  ["nom", ["prenom"], "lastName"],
  ["naam", ["voornaam"], "lastName"],
  ["nombre", ["apellido", "apellidos", "primer apellido"], "firstName"],
  ["nome", ["cognome", "apelido", "apelidos", "sobrenome"], "firstName"],
];

function pairedTarget(header: string, present: ReadonlySet<string>): MappingTarget | undefined {
  const normalized = normalizeHeader(header);
  const pair = pairedNames.find(([word, partners]) => word === normalized && partners.some((p) => present.has(p)));
  return pair?.[2];
}

export function proposeMapping(headers: readonly string[], saved?: readonly ColumnMapping[]): ColumnMapping[] {
  const savedByHeader = new Map<string, MappingTarget>();
  for (const entry of saved ?? []) {
    if (isMappingTarget(entry.target)) savedByHeader.set(normalizeHeader(entry.header), entry.target);
  }
  const used = new Set<MappingTarget>();
  const take = (target: MappingTarget | undefined): MappingTarget | undefined => {
    if (!target || (!isMultiple(target) && used.has(target))) return undefined;
    used.add(target);
    return target;
  };
  const mapping: ColumnMapping[] = headers.map((header, column) => ({ column, header, target: "ignore" }));
  // Saved choices first (they may say "ignore" on purpose), then exact synonyms, then loose matches.
  const pending = mapping.filter((entry) => {
    const target = savedByHeader.get(normalizeHeader(entry.header));
    if (target === undefined) return true;
    entry.target = take(target) ?? "ignore";
    return false;
  });
  const present = new Set(headers.map(normalizeHeader));
  const exact = pending
    .map((entry) => {
      const paired = pairedTarget(entry.header, present);
      return { entry, match: paired ? { target: paired, rank: -1 } : matchHeader(entry.header) };
    })
    // When two columns name one target, the more specific name wins (DATEV's "Fälligkeit in Tagen" over
    // its "Zahlungsbedingung" code), then the first column.
    .sort((a, b) => (a.match?.rank ?? Infinity) - (b.match?.rank ?? Infinity) || a.entry.column - b.entry.column);
  const unmatched = exact.flatMap(({ entry, match }) => {
    const target = take(match?.target);
    if (target) entry.target = target;
    return target ? [] : [entry];
  });
  for (const entry of unmatched.sort((a, b) => a.column - b.column)) {
    entry.target = take(looseTarget(entry.header)) ?? "ignore";
  }
  keepTitleWhereItCanGo(mapping, savedByHeader.size > 0);
  return mapping;
}

/** Columns that let a person at a company become its contact (their name and email stand in for the contact's). */
const personAtCompanyTargets: MappingTarget[] = ["company", "firstName", "lastName", "email"];
const hasPersonAtCompany = (targets: ReadonlySet<MappingTarget>) => personAtCompanyTargets.every((t) => targets.has(t));

/**
 * A lone job title (Outlook, Google, HubSpot, Odoo) is the contact's when a person's name and email sit next
 * to a company (the person becomes the company's contact); otherwise it cannot make a contact: notes.
 */
function keepTitleWhereItCanGo(mapping: ColumnMapping[], hasSaved: boolean) {
  const contactColumns = mapping.filter((entry) => entry.target.startsWith("contact."));
  const title = contactColumns[0];
  if (hasSaved || contactColumns.length !== 1 || title?.target !== "contact.jobTitle") return;
  if (!hasPersonAtCompany(new Set(mapping.map((entry) => entry.target)))) title.target = "notes";
}

const contactRequired = ["contact.firstName", "contact.lastName", "contact.email"] as const;

/** Human messages for a mapping that cannot import: duplicate targets, no name, an incomplete contact. */
export function validateMapping(mapping: readonly ColumnMapping[]): string[] {
  const messages: string[] = [];
  const byTarget = new Map<MappingTarget, string[]>();
  for (const entry of mapping) {
    if (!isMappingTarget(entry.target)) {
      messages.push(`"${entry.header}" is mapped to an unknown field.`);
      continue;
    }
    byTarget.set(entry.target, [...(byTarget.get(entry.target) ?? []), entry.header]);
  }
  for (const [target, headers] of byTarget) {
    if (headers.length > 1 && !isMultiple(target)) {
      messages.push(
        `${targetLabel(target)} is chosen for more than one column (${headers.map(quote).join(", ")}); choose it once.`,
      );
    }
  }
  const has = (target: MappingTarget) => byTarget.has(target);
  if (!has("name") && !has("company") && !has("firstName") && !has("lastName")) {
    messages.push("Choose the column with the customer's name: Name, Company name, or First name and Last name.");
  }
  const contactMapped = [...byTarget.keys()].some((target) => target.startsWith("contact."));
  const missing = hasPersonAtCompany(new Set(byTarget.keys())) ? [] : contactRequired.filter((target) => !has(target));
  if (contactMapped && missing.length > 0) {
    messages.push(
      `A contact needs ${contactRequired.map((key) => getImportTarget(key)?.label).join(", ")}; also choose ${missing
        .map((key) => getImportTarget(key)?.label)
        .join(" and ")}, or set the contact columns to Ignore.`,
    );
  }
  return messages;
}

function quote(header: string): string {
  return `"${header}"`;
}

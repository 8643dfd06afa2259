// Proposes a column mapping from header names (a saved mapping first, then known synonyms) and checks one.
import {
  getImportTarget,
  isMappingTarget,
  isMultiple,
  targetLabel,
  type MappingTarget,
} from "@/lib/imports/map/targets";
import { normalizeHeader, targetForHeader } from "@/lib/imports/map/synonyms";

export interface ColumnMapping {
  /** 0-based column index in the file. */
  column: number;
  header: string;
  target: MappingTarget;
}

/** Loose matches for headers no synonym names exactly ("Customer E-mail", "Zip/Postal"). */
const looseRules: [RegExp, MappingTarget][] = [
  [/\be ?mail\b/, "email"],
  [/\b(zip|postal|postcode)\b/, "postalCode"],
  [/\bcity\b/, "city"],
  [/\bcountry\b/, "country"],
  [/\b(phone|telephone|tel)\b/, "phone"],
  [/\bwebsite\b/, "website"],
];
const notLoose = /\b(opt|type|label|display|date|count|status|verified|bounce|owner|id)\b/;

function looseTarget(header: string): MappingTarget | undefined {
  const normalized = normalizeHeader(header);
  if (normalized.split(" ").length > 4 || notLoose.test(normalized)) return undefined;
  return looseRules.find(([pattern]) => pattern.test(normalized))?.[1];
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
  const unmatched = pending.filter((entry) => {
    const target = take(targetForHeader(entry.header));
    if (target) entry.target = target;
    return !target;
  });
  for (const entry of unmatched) entry.target = take(looseTarget(entry.header)) ?? "ignore";
  // A lone job title (Outlook, HubSpot) cannot make a contact without its name and email: keep it in the notes.
  const contactColumns = mapping.filter((entry) => entry.target.startsWith("contact."));
  if (contactColumns.length === 1 && contactColumns[0]?.target === "contact.jobTitle" && !savedByHeader.size) {
    contactColumns[0].target = "notes";
  }
  return mapping;
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
  const missing = contactRequired.filter((target) => !has(target));
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

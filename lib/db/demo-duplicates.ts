// Realistic duplicates to mix into demo and benchmark data: a customer entered a second time the way
// people do it — without the legal suffix, with a typo, transliterated, with the account number
// written differently, or under another email that one of its contacts still uses.
import type { DemoCustomer } from "@/lib/db/demo-data";

/** How the copy differs from its original, and which key still ties them. */
const duplicateVariants = ["contactEmail", "phone", "website", "transliterated", "accountNumber"] as const;
type DuplicateVariant = (typeof duplicateVariants)[number];

export interface DemoDuplicate {
  /** Index of the original in the customers the duplicates were made from. */
  original: number;
  variant: DuplicateVariant;
  customer: DemoCustomer;
  /** A contact of the copy that carries the original's email (variant contactEmail). */
  contactEmail: string | null;
}

const legalSuffix = /[,\s]+(LLC|Inc\.|Corp\.|Ltd\.|GmbH|SA|AB|LP)$/;
const transliterations: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };

/** "Summit Aviation" → "Summti Aviation": two letters of the first word swapped. */
function typo(name: string): string {
  const at = Math.min(3, name.indexOf(" ") > 2 ? name.indexOf(" ") - 2 : name.length - 2);
  return at < 1 ? name : name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
}

/** "Müller Air GmbH" → "MUELLER AIR GMBH", "Zoë Lee" → "ZOE LEE": as an old system wrote it. */
function transliterate(name: string): string {
  return name
    .replace(/[äöüÄÖÜß]/g, (c) => transliterations[c]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase();
}

function variantOf(original: DemoCustomer, variant: DuplicateVariant, tag: string) {
  const plain = original.name.replace(legalSuffix, "");
  const email = `${tag}@${original.email.split("@")[1]}`;
  const base = { ...original, email, displayName: undefined, accountNumber: `D${tag.replace(/\D/g, "")}` };
  switch (variant) {
    case "contactEmail":
      return { ...base, name: plain, phone: original.phone.replace(/\d{4}$/, "0000"), website: undefined };
    case "phone":
      return { ...base, name: typo(original.name), website: undefined };
    case "website":
      return original.website
        ? { ...base, name: `${plain} Services`, phone: original.phone.replace(/\d{4}$/, "1111") }
        : { ...base, name: typo(original.name), website: undefined };
    case "transliterated":
      return {
        ...base,
        name: transliterate(original.name),
        phone: original.phone.replace(/\d{4}$/, "2222"),
        website: undefined,
      };
    case "accountNumber":
      return {
        ...base,
        accountNumber: original.accountNumber.replace(/^([A-Z]+)(\d)/, "$1-$2"),
        phone: original.phone.replace(/\d{4}$/, "3333"),
        website: undefined,
      };
  }
}

/** A person's first and last name follow the copy's name. */
function withPersonName(customer: DemoCustomer): DemoCustomer {
  if (customer.kind !== "person") return customer;
  const [firstName, ...rest] = customer.name.split(" ");
  return { ...customer, firstName, lastName: rest.join(" ") || undefined };
}

/**
 * `count` duplicates of customers spread over `customers`, cycling through the variants; `startIndex`
 * keeps their emails and account numbers apart from other batches'.
 */
export function generateDuplicates(customers: readonly DemoCustomer[], count: number, startIndex = 0): DemoDuplicate[] {
  const step = Math.max(1, Math.floor(customers.length / Math.max(count, 1)));
  return Array.from({ length: Math.min(count, customers.length) }, (_, i) => {
    const original = (i * step + 3) % customers.length;
    const variant = duplicateVariants[(startIndex + i) % duplicateVariants.length]!;
    const tag = `dup${startIndex + i + 1}`;
    return {
      original,
      variant,
      customer: withPersonName(variantOf(customers[original]!, variant, tag)),
      contactEmail: variant === "contactEmail" ? customers[original]!.email : null,
    };
  });
}

/**
 * The demo's customers with the last few (one in twenty, at most five) replaced by duplicates of
 * earlier ones: the count and every other customer stay as generated, and the duplicates scan has
 * pairs to show.
 */
export function withDemoDuplicates(customers: DemoCustomer[]): DemoCustomer[] {
  const copies = Math.min(5, Math.floor(customers.length / 20));
  if (copies === 0) return customers;
  const kept = customers.slice(0, customers.length - copies);
  return [...kept, ...generateDuplicates(kept, copies).map((duplicate) => duplicate.customer)];
}

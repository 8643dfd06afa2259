// Deterministic, realistic customer data for the demo seed and the benchmark.

const companyStems = [
  "Skyward",
  "Blue Ridge",
  "Cumberland",
  "Tennessee Valley",
  "Appalachian",
  "Great Smoky",
  "Summit",
  "Horizon",
  "Northstar",
  "Pinnacle",
  "Crosswind",
  "Tailwind",
  "Redbird",
  "Eagle Crest",
  "Falcon",
  "Meridian",
  "Atlas",
  "Polaris",
  "Cascade",
  "Silver Wing",
  "Lakeshore",
  "Prairie",
  "Coastal",
  "Bluegrass",
  "Keystone",
  "Liberty",
  "Piedmont",
  "Heartland",
  "Sierra",
  "Magnolia",
  "Zürich",
  "Lyon Aéro",
  "Montréal",
  "Köln",
  "Québec",
  "São Paulo",
  "Bodø",
  "Málaga",
  "Øresund",
  "Aarhus",
];
const companyKinds = [
  ["Aviation", "charter"],
  ["Air Charter", "charter"],
  ["Flight School", "flight-school"],
  ["Aero Club", "flying-club"],
  ["Jet Services", "part-135"],
  ["Air Ambulance", "medevac"],
  ["Leasing", "lessor"],
  ["Logistics", "cargo"],
  ["Helicopters", "rotorcraft"],
  ["Flight Department", "corporate"],
  ["Air Freight", "cargo"],
  ["Aerial Survey", "survey"],
  ["Motors", "fleet"],
  ["Trucking", "fleet"],
  ["Transit Authority", "government"],
  ["Farms", "agriculture"],
] as const;
const suffixes = ["LLC", "Inc.", "Corp.", "Ltd.", "GmbH", "SA", "AB", "LP"];
const firstNames = [
  "James",
  "Maria",
  "Robert",
  "Linda",
  "Michael",
  "Patricia",
  "David",
  "Jennifer",
  "William",
  "Elizabeth",
  "José",
  "Zoë",
  "François",
  "Renée",
  "Søren",
  "Jürgen",
  "Chloé",
  "Björn",
  "Nuñez",
  "Amélie",
  "Ana",
  "Sarah",
  "Thomas",
  "Karen",
  "Daniel",
  "Nancy",
  "Matthew",
  "Lisa",
  "Anthony",
  "Betty",
  "Mark",
  "Sandra",
];
const lastNames = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "García",
  "Miller",
  "Davis",
  "Rodríguez",
  "Martínez",
  "Hernández",
  "López",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Pérez",
  "Thompson",
  "White",
  "Harris",
  "Sánchez",
  "Clark",
  "Müller",
  "Schröder",
  "O'Brien",
];

interface Place {
  country: string;
  city: string;
  region: string;
  postal: (r: () => number) => string;
  phone: (r: () => number) => string;
  currency: string;
  language: string;
}

const digits = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join("");
const usPhone = (area: string) => (r: () => number) => `+1${area}${2 + Math.floor(r() * 8)}${digits(r, 6)}`;

const places: Place[] = [
  {
    country: "US",
    city: "Knoxville",
    region: "TN",
    postal: (r) => `379${digits(r, 2)}`,
    phone: usPhone("865"),
    currency: "USD",
    language: "en-US",
  },
  {
    country: "US",
    city: "Nashville",
    region: "TN",
    postal: (r) => `372${digits(r, 2)}`,
    phone: usPhone("615"),
    currency: "USD",
    language: "en-US",
  },
  {
    country: "US",
    city: "Atlanta",
    region: "GA",
    postal: (r) => `303${digits(r, 2)}`,
    phone: usPhone("404"),
    currency: "USD",
    language: "en-US",
  },
  {
    country: "US",
    city: "Asheville",
    region: "NC",
    postal: (r) => `288${digits(r, 2)}`,
    phone: usPhone("828"),
    currency: "USD",
    language: "en-US",
  },
  {
    country: "US",
    city: "Chattanooga",
    region: "TN",
    postal: (r) => `374${digits(r, 2)}`,
    phone: usPhone("423"),
    currency: "USD",
    language: "en-US",
  },
  {
    country: "US",
    city: "Lexington",
    region: "KY",
    postal: (r) => `405${digits(r, 2)}`,
    phone: usPhone("859"),
    currency: "USD",
    language: "en-US",
  },
  {
    country: "CA",
    city: "Montréal",
    region: "QC",
    postal: () => "H3B 2Y5",
    phone: usPhone("514"),
    currency: "CAD",
    language: "fr-CA",
  },
  {
    country: "CA",
    city: "Toronto",
    region: "ON",
    postal: () => "M5V 3L9",
    phone: usPhone("416"),
    currency: "CAD",
    language: "en-CA",
  },
  {
    country: "GB",
    city: "London",
    region: "Greater London",
    postal: () => "SW1A 1AA",
    phone: (r) => `+44207${digits(r, 7)}`,
    currency: "GBP",
    language: "en-GB",
  },
  {
    country: "DE",
    city: "Köln",
    region: "NRW",
    postal: (r) => `50${digits(r, 3)}`,
    phone: (r) => `+49221${digits(r, 7)}`,
    currency: "EUR",
    language: "de-DE",
  },
  {
    country: "CH",
    city: "Zürich",
    region: "ZH",
    postal: (r) => `80${digits(r, 2)}`,
    phone: (r) => `+4144${digits(r, 7)}`,
    currency: "CHF",
    language: "de-CH",
  },
];

const streets = [
  "Airport Rd",
  "Hangar Way",
  "Aviation Pkwy",
  "Runway Dr",
  "Main St",
  "Industrial Blvd",
  "Commerce Ct",
  "Tower Ln",
];
const sources = ["Referral", "Website", "Trade show", "Walk-in", "ERP import", "Google", "Returning customer"];
const statuses = [
  "active",
  "active",
  "active",
  "active",
  "active",
  "active",
  "inactive",
  "suspended",
  "blocked",
] as const;

/** Mulberry32: small, fast, deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");

export interface DemoCustomer {
  kind: "company" | "person";
  name: string;
  displayName?: string;
  firstName?: string;
  lastName?: string;
  accountNumber: string;
  status: (typeof statuses)[number];
  email: string;
  phone: string;
  phoneType: "mobile" | "work";
  website?: string;
  addressLine1: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  currency: string;
  language: string;
  tags: string[];
  source: string;
  customerSince: string;
  notes?: string;
}

/** A stable "customer since" day per account (2004–2025), not drawn from the generator, so every other value stays as it was. */
function customerSinceOf(n: number): string {
  return new Date(Date.UTC(2004, 0, 1) + ((n * 7919) % 8030) * 86_400_000).toISOString().slice(0, 10);
}

/** `count` customers; `index` keeps account numbers and emails unique across batches. */
export function generateCustomers(count: number, seed = 42, startIndex = 0): DemoCustomer[] {
  const r = prng(seed + startIndex);
  return Array.from({ length: count }, (_, i) => {
    const n = startIndex + i + 1;
    const place = pick(r, places);
    const base = {
      accountNumber: `C${String(n).padStart(6, "0")}`,
      status: pick(r, statuses),
      phone: place.phone(r),
      addressLine1: `${100 + Math.floor(r() * 9800)} ${pick(r, streets)}`,
      city: place.city,
      region: place.region,
      postalCode: place.postal(r),
      country: place.country,
      currency: place.currency,
      language: place.language,
      source: pick(r, sources),
      customerSince: customerSinceOf(n),
    };
    if (r() < 0.7) {
      const [kindWord, tag] = pick(r, companyKinds);
      const stem = pick(r, companyStems);
      const name = `${stem} ${kindWord} ${pick(r, suffixes)}`;
      const domain = `${slug(stem)}${slug(kindWord)}${n}.example`;
      return {
        ...base,
        kind: "company",
        name,
        displayName: `${stem} ${kindWord}`,
        email: `ops@${domain}`,
        phoneType: "work",
        website: `https://www.${domain}`,
        tags: r() < 0.3 ? [tag, "net-30"] : [tag],
        notes: r() < 0.2 ? "Prefers invoices by email; PO number required on every work order." : undefined,
      };
    }
    const firstName = pick(r, firstNames);
    const lastName = pick(r, lastNames);
    return {
      ...base,
      kind: "person",
      name: `${firstName} ${lastName}`,
      firstName,
      lastName,
      email: `${slug(firstName)}.${slug(lastName)}${n}@mail.example`,
      phoneType: "mobile",
      tags: r() < 0.4 ? ["private-owner", "vip"] : ["private-owner"],
    };
  });
}

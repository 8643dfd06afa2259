// Deterministic demo history for the seed: the people to reach at each company, and a timeline per
// customer (created, then calls, emails, meetings and notes spread over the last months), so lists
// show a real "Last activity" and the Contacts and Activity tabs have something to show.
import { prng, type DemoCustomer } from "@/lib/db/demo-data";

const DAY = 86_400_000;

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");

const contactFirstNames = ["Hannah", "Marcus", "Priya", "Tom", "Elena", "Kwame", "Grace", "Luis", "Ingrid", "Omar"];
const contactLastNames = ["Becker", "Nguyen", "Okafor", "Rossi", "Sullivan", "Tanaka", "Varga", "Walsh", "Young"];
const contactKinds = [
  { jobTitle: "Accounts payable", roles: ["billing"], method: "email" },
  { jobTitle: "Director of maintenance", roles: ["technical"], method: "phone" },
  { jobTitle: "Logistics coordinator", roles: ["shipping"], method: "mobile" },
] as const;

export interface DemoContact {
  /** Index into the customers the contacts were generated for. */
  customer: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  mobile: string | null;
  jobTitle: string;
  isPrimary: boolean;
  roles: ("billing" | "shipping" | "technical")[];
  preferredContactMethod: "email" | "phone" | "mobile";
}

/** One to three contacts per company (billing first, and primary), at the company's email domain. */
export function generateContacts(customers: readonly DemoCustomer[], seed = 7): DemoContact[] {
  const r = prng(seed);
  return customers.flatMap((customer, index) => {
    if (customer.kind !== "company") return [];
    const domain = customer.email.split("@")[1]!;
    const count = 1 + Math.floor(r() * 3);
    return contactKinds.slice(0, count).map((kind, k) => {
      const firstName = pick(r, contactFirstNames);
      const lastName = pick(r, contactLastNames);
      return {
        customer: index,
        firstName,
        lastName,
        // The kind's position keeps two namesakes at one company apart.
        email: `${slug(firstName)}.${slug(lastName)}${k > 0 ? k + 1 : ""}@${domain}`,
        phone: kind.method === "phone" ? customer.phone : null,
        mobile: kind.method === "mobile" ? `${customer.phone.slice(0, -4)}${String(1000 + k * 1111).slice(-4)}` : null,
        jobTitle: kind.jobTitle,
        isPrimary: k === 0,
        roles: [...kind.roles],
        preferredContactMethod: kind.method,
      };
    });
  });
}

const entries = [
  { type: "call", summary: "Called about the next annual inspection slot", body: "Prefers a Monday drop-off." },
  { type: "call", summary: "Quote follow-up call", body: "Will confirm the avionics upgrade after the board meets." },
  { type: "email", summary: "Sent the squawk list for approval", body: null },
  { type: "email", summary: "Invoice copy requested for their accountant", body: "Sent as PDF the same day." },
  { type: "meeting", summary: "Hangar walk-through with the chief pilot", body: "Discussed a block-hour agreement." },
  { type: "meeting", summary: "Quarterly fleet review", body: null },
  { type: "note", summary: "Parts ordered on their behalf", body: "Customer pays freight; PO on file." },
  { type: "note", summary: "Prefers text messages for pick-up notices", body: null },
] as const;

export interface DemoActivity {
  customer: number;
  type: "change" | (typeof entries)[number]["type"];
  /** Only for a recorded change. */
  action: "created" | null;
  summary: string;
  body: string | null;
  at: Date;
  /** Entered by the staff user rather than the owner. */
  byStaff: boolean;
}

/**
 * Each customer's "Customer created" entry at `createdAt[i]`, then up to five calls, emails, meetings or
 * notes between its creation (at most ~8 months back) and `now`. Some customers get none, so "Last
 * activity" ranges from today to long ago; every entry is in the past.
 */
export function generateActivities(createdAt: readonly Date[], now: Date, seed = 23): DemoActivity[] {
  const r = prng(seed);
  return createdAt.flatMap((created, customer) => {
    const history: DemoActivity[] = [
      {
        customer,
        type: "change",
        action: "created",
        summary: "Customer created",
        body: null,
        at: created,
        byStaff: false,
      },
    ];
    const from = Math.max(created.getTime(), now.getTime() - 240 * DAY);
    const span = now.getTime() - DAY / 2 - from;
    const count = span > 0 && r() >= 0.15 ? 1 + Math.floor(r() * 5) : 0;
    for (let k = 0; k < count; k++) {
      const entry = pick(r, entries);
      // Whole minutes, so the timeline reads like entries people made.
      const at = new Date(Math.floor((from + r() * span) / 60_000) * 60_000);
      history.push({ customer, ...entry, action: null, at, byStaff: r() < 0.4 });
    }
    return history;
  });
}

// Deterministic demo fleet for the seed: service centers, aircraft, vehicles (with valid VINs),
// their customer links (some with several customers, some sold) and a year of work orders.
import { computeVinCheckDigit } from "@/lib/assets/vin";
import { vinYearCode } from "@/lib/assets/vin-decode";
import { prng } from "@/lib/db/demo-data";

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

export const demoServiceCenters = [
  { code: "KTYS", name: "Knoxville – McGhee Tyson" },
  { code: "KBNA", name: "Nashville International" },
  { code: "KPDK", name: "Atlanta – DeKalb-Peachtree" },
] as const;

const aircraftTypes = [
  { make: "Cessna", model: "172S Skyhawk", aircraftClass: "single_engine_piston", fuelCode: "100LL" },
  { make: "Cessna", model: "182T Skylane", aircraftClass: "single_engine_piston", fuelCode: "100LL" },
  { make: "Cessna", model: "208B Grand Caravan", aircraftClass: "turboprop", fuelCode: "JET-A" },
  { make: "Cessna", model: "Citation CJ3", aircraftClass: "jet", fuelCode: "JET-A" },
  { make: "Piper", model: "PA-28-181 Archer", aircraftClass: "single_engine_piston", fuelCode: "100LL" },
  { make: "Piper", model: "PA-34 Seneca", aircraftClass: "multi_engine_piston", fuelCode: "100LL" },
  { make: "Beechcraft", model: "King Air 350", aircraftClass: "turboprop", fuelCode: "JET-A" },
  { make: "Beechcraft", model: "Bonanza G36", aircraftClass: "single_engine_piston", fuelCode: "100LL" },
  { make: "Cirrus", model: "SR22T", aircraftClass: "single_engine_piston", fuelCode: "100LL" },
  { make: "Pilatus", model: "PC-12 NGX", aircraftClass: "turboprop", fuelCode: "JET-A" },
  { make: "Embraer", model: "Phenom 300", aircraftClass: "jet", fuelCode: "JET-A" },
  { make: "Bell", model: "407", aircraftClass: "helicopter", fuelCode: "JET-A" },
  { make: "Robinson", model: "R44 Raven II", aircraftClass: "helicopter", fuelCode: "100LL" },
  { make: "Diamond", model: "DA40 NG", aircraftClass: "single_engine_piston", fuelCode: "JET-A" },
] as const;

/** World manufacturer identifiers with a plausible make/model and the VIN's next two characters. */
const vehicleTypes = [
  { wmi: "1FT", make: "Ford", model: "Transit 350", vds: "YR2CM" },
  { wmi: "1FT", make: "Ford", model: "F-150", vds: "EW1EP" },
  { wmi: "1GC", make: "Chevrolet", model: "Silverado 2500HD", vds: "4YNEY" },
  { wmi: "3C6", make: "Ram", model: "2500", vds: "UR5DL" },
  { wmi: "5TF", make: "Toyota", model: "Tacoma", vds: "CZ5AN" },
  { wmi: "W1Y", make: "Mercedes-Benz", model: "Sprinter 2500", vds: "4ECHY" },
  { wmi: "1FV", make: "Freightliner", model: "M2 106", vds: "ACXDC" },
  { wmi: "5YJ", make: "Tesla", model: "Model Y", vds: "GDEEB" },
  { wmi: "JTD", make: "Toyota", model: "Prius", vds: "KARFU" },
  { wmi: "2T1", make: "Toyota", model: "Corolla", vds: "BURHE" },
] as const;

const colours = ["White", "Silver", "Black", "Blue", "Red", "Grey", "Green"];
function makeVin(r: Rand, type: (typeof vehicleTypes)[number], year: number, serial: number): string {
  const yearCode = vinYearCode(year);
  const plant = pick(r, [..."ABCDEFGKLMNPRSTUZ"]);
  // Position 7 is a letter for model years 2010 and later (it tells the 30-year cycles apart).
  const draft = `${type.wmi}${type.vds}0${yearCode}${plant}${String(serial).padStart(6, "0")}`;
  return `${draft.slice(0, 8)}${computeVinCheckDigit(draft)}${draft.slice(9)}`;
}

function makeRegistration(r: Rand, index: number): string {
  if (index % 10 === 7)
    return `C-F${pick(r, [..."ABCDEGHKLMNPRSTW"])}${pick(r, [..."ABCDEFGHJKLMNPRSTUVWXYZ"])}${String.fromCharCode(65 + (index % 26))}`;
  if (index % 10 === 9)
    return `G-${pick(r, ["B", "C", "H", "O"])}${String.fromCharCode(65 + (index % 26))}${pick(r, [..."ABCDEFGHJKLMNPRSTUVWXYZ"])}${pick(r, [..."ABCDEFGHJKLMNPRSTUVWXYZ"])}`;
  // A US mark has at most 5 characters after the N: four digits leave room for one letter.
  const digits = String(100 + index * 37);
  return `N${digits}${pick(r, digits.length > 3 ? ["", "A", "S", "T", "J", "C"] : ["", "A", "SK", "TX", "JP", "CR"])}`;
}

export interface DemoAircraft {
  kind: "aircraft";
  registration: string;
  serialNumber: string;
  make: string;
  model: string;
  year: number;
  aircraftClass: string;
  fuelCode: string;
  totalAirframeHours: number;
  homeCenter: number;
  notes?: string;
}

export interface DemoVehicle {
  kind: "vehicle";
  vin: string;
  make: string;
  model: string;
  year: number;
  licensePlate: string;
  color: string;
  mileage: number;
  homeCenter: number;
}

export function generateAircraft(count: number, seed = 7): DemoAircraft[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const type = pick(r, aircraftTypes);
    const year = int(r, 1978, 2025);
    return {
      kind: "aircraft",
      registration: makeRegistration(r, i),
      serialNumber: `${type.make.slice(0, 2).toUpperCase()}-${int(r, 10000, 99999)}`,
      make: type.make,
      model: type.model,
      year,
      aircraftClass: type.aircraftClass,
      fuelCode: type.fuelCode,
      totalAirframeHours: Math.round((2026 - year) * int(r, 80, 450) * 10 + int(r, 0, 9)) / 10,
      homeCenter: i % demoServiceCenters.length,
      notes: r() < 0.15 ? "Hangared; owner asks for a call before any work over $2,000." : undefined,
    };
  });
}

export function generateVehicles(count: number, seed = 11): DemoVehicle[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const type = pick(r, vehicleTypes);
    const year = int(r, 2012, 2026);
    return {
      kind: "vehicle",
      vin: makeVin(r, type, year, 100000 + i * 7919),
      make: type.make,
      model: type.model,
      year,
      licensePlate: `${pick(r, ["TN", "GA", "NC", "KY"])}-${int(r, 1000, 9999)}${pick(r, [..."ABCDEFGHJKLMNPRSTUVWXYZ"])}`,
      color: pick(r, colours),
      mileage: (2027 - year) * int(r, 8000, 30000),
      homeCenter: i % demoServiceCenters.length,
    };
  });
}

export interface DemoLink {
  asset: number;
  customer: number;
  relationship: "owner" | "co_owner" | "operator" | "management_company" | "lessee";
  status: "current" | "former";
  isPrimary: boolean;
}

/** Links for `assetCount` assets over `customerCount` customers: most have a primary owner, some an
 * operator or co-owner too, some a former owner, and about one in twelve has no customer at all. */
export function generateLinks(assetCount: number, customerCount: number, seed = 13): DemoLink[] {
  const r = prng(seed);
  const links: DemoLink[] = [];
  for (let asset = 0; asset < assetCount; asset++) {
    if (asset % 12 === 5) continue;
    const used = new Set<number>();
    const customer = () => {
      let c = int(r, 0, customerCount - 1);
      while (used.has(c)) c = (c + 1) % customerCount;
      used.add(c);
      return c;
    };
    links.push({ asset, customer: customer(), relationship: "owner", status: "current", isPrimary: true });
    if (r() < 0.35) {
      links.push({
        asset,
        customer: customer(),
        relationship: pick(r, ["operator", "co_owner", "management_company", "lessee"] as const),
        status: "current",
        isPrimary: false,
      });
    }
    if (r() < 0.2)
      links.push({ asset, customer: customer(), relationship: "owner", status: "former", isPrimary: false });
  }
  return links;
}

const squawks = [
  "100-hour inspection; left brake soft.",
  "Annual inspection. Replace ELT battery.",
  "Oil change and filter; check for leak at rocker cover.",
  "Intermittent comm 1 static on transmit.",
  "Replace nose tire; inspect strut for leak.",
  "Phase 3 inspection per maintenance program.",
  "Install ADS-B Out; update weight and balance.",
  "Pitot-static and transponder certification (24 months).",
  "Brakes pulsing under load; check rotors.",
  "Check engine light; P0420 code.",
  "Scheduled service: oil, filters, tire rotation.",
  "Replace windshield wiper motor.",
];
const statusesByAge = [
  ["completed", "completed", "completed", "completed", "void"],
  ["in_progress", "open", "tracking", "pending", "in_review", "scheduled", "created", "completed"],
] as const;

export interface DemoWorkOrder {
  asset: number;
  center: number;
  type: "work_order" | "quote";
  status: (typeof statusesByAge)[number][number];
  priority: "low" | "normal" | "high" | "urgent";
  description: string;
  createdAt: Date;
  dueDate: Date | null;
}

/** `count` work orders over the last year, oldest first (numbers follow creation order per center). */
export function generateWorkOrders(count: number, assetCount: number, now: Date, seed = 17): DemoWorkOrder[] {
  const r = prng(seed);
  const yearMs = 365 * 86_400_000;
  // Statuses go round each list, so every status shows up (old ones are finished, recent ones in flight).
  const seen = [0, 0];
  return Array.from({ length: count }, (_, i) => {
    const createdAt = new Date(now.getTime() - yearMs + (i + r() * 0.9) * (yearMs / count));
    const age = now.getTime() - createdAt.getTime() < 45 * 86_400_000 ? 1 : 0;
    const asset = int(r, 0, assetCount - 1);
    const statuses = statusesByAge[age];
    return {
      asset,
      center: asset % demoServiceCenters.length,
      type: r() < 0.12 ? "quote" : "work_order",
      status: statuses[seen[age]!++ % statuses.length]!,
      priority: pick(r, ["low", "normal", "normal", "normal", "high", "urgent"] as const),
      description: pick(r, squawks),
      createdAt,
      dueDate:
        r() < 0.7
          ? new Date(
              Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth(), createdAt.getUTCDate() + int(r, 3, 30)),
            )
          : null,
    };
  });
}

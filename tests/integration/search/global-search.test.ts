// The command palette's search on a real database: each kind by what a user types, best match first,
// archived records marked and last, a few per kind, and never another organization's records.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { archiveAsset } from "@/lib/assets/mutations";
import { archiveCustomer } from "@/lib/customers/mutations";
import { globalSearch, HITS_PER_KIND, type GlobalSearchResult } from "@/lib/search/global-search";
import { createWorkOrder } from "@/lib/work-orders/mutations";
import {
  makeAircraft,
  makeContact,
  makeCustomer,
  makeOrgWithOutsider,
  makeServiceCenter,
  makeVehicle,
  uniqueVin,
} from "@/tests/factories";

let ctx: Record<Role, Ctx>;
let outsider: Ctx;
const ids: Record<string, string> = {};
let workOrderNumbers: string[];
const workOrderIds: string[] = [];
const vin = uniqueVin();

const search = (q: string, as: Ctx = ctx.viewer) => globalSearch(as, { q });
const titles = (hits: { title: string }[]) => hits.map((hit) => hit.title);
const idsOf = (result: GlobalSearchResult) =>
  [...result.customers, ...result.aircraft, ...result.vehicles, ...result.workOrders].map((hit) => hit.id);

beforeAll(async () => {
  ({ ctx, outsider } = await makeOrgWithOutsider());
  const { staff, manager } = ctx;
  const summit = await makeCustomer(staff, {
    name: "Summit Air Charter",
    accountNumber: "ACC-7731",
    email: "ops@summit-air.example",
    phone: "+1 865 555 0199",
    city: "Knoxville",
  });
  ids.summit = summit.id;
  ids.zurich = (await makeCustomer(staff, { name: "Zürich Flugdienst" })).id;
  // Holds "ACC-7731" only inside a longer account number: the exact one comes first.
  ids.longer = (await makeCustomer(staff, { name: "Aardvark Aero", accountNumber: "ACC-77310" })).id;
  ids.archivedSummit = (await makeCustomer(staff, { name: "Summit Air Archive" })).id;
  await archiveCustomer(manager, ids.archivedSummit);
  await makeContact(staff, ids.zurich, { firstName: "Greta", lastName: "Oberholzer", email: "greta@zfd.example" });
  for (let i = 0; i < HITS_PER_KIND + 2; i++) await makeCustomer(staff, { name: `Bulkhead Parts ${i}` });

  ids.canadian = (await makeAircraft(staff, { registration: "C-FQZX", make: "de Havilland", model: "DHC-2" })).id;
  ids.archivedPlane = (await makeAircraft(staff, { registration: "C-FQZY" })).id;
  await archiveAsset(manager, ids.archivedPlane);
  ids.van = (await makeVehicle(staff, { vin, licensePlate: "QZX-4821" })).id;

  const center = await makeServiceCenter(staff.orgId, { code: "KQZA" });
  workOrderNumbers = [];
  for (const assetId of [ids.canadian, ids.van, ids.canadian]) {
    const workOrder = await createWorkOrder(staff, { serviceCenterId: center.id, assetId, withoutCustomer: true });
    workOrderNumbers.push(workOrder.number);
    workOrderIds.push(workOrder.id);
  }

  // The other organization has namesakes of everything above.
  await makeCustomer(outsider, {
    name: "Summit Air Charter",
    accountNumber: "ACC-7731",
    email: "ops@summit-air.example",
  });
  const theirPlane = await makeAircraft(outsider, { registration: "C-FQZX" });
  await makeVehicle(outsider, { vin, licensePlate: "QZX-4821" });
  const theirCenter = await makeServiceCenter(outsider.orgId, { code: "KQZA" });
  await createWorkOrder(outsider, { serviceCenterId: theirCenter.id, assetId: theirPlane.id, withoutCustomer: true });
});

describe("globalSearch: customers", () => {
  it("finds a customer by name regardless of case and accents", async () => {
    expect(titles((await search("summit air ch")).customers)).toEqual(["Summit Air Charter"]);
    expect(titles((await search("ZURICH")).customers)).toEqual(["Zürich Flugdienst"]);
  });

  it("finds a customer by account number, the exact one before a longer one", async () => {
    const { customers } = await search("acc-7731");
    expect(customers.map((hit) => hit.id)).toEqual([ids.summit, ids.longer]);
    expect(customers[0]).toMatchObject({
      href: `/customers/${ids.summit}`,
      detail: "ACC-7731 · ops@summit-air.example · +1 865 555 0199 · Knoxville",
      archived: false,
    });
  });

  it("finds a customer by email, by phone typed in any layout, and by a contact's name", async () => {
    expect((await search("ops@summit-air")).customers.map((hit) => hit.id)).toEqual([ids.summit]);
    expect((await search("(865) 555-0199")).customers.map((hit) => hit.id)).toEqual([ids.summit]);
    expect((await search("oberholzer")).customers.map((hit) => hit.id)).toEqual([ids.zurich]);
  });

  it("lists an archived customer after the live ones, marked archived", async () => {
    const { customers } = await search("summit air");
    expect(customers.map((hit) => [hit.id, hit.archived])).toEqual([
      [ids.summit, false],
      [ids.archivedSummit, true],
    ]);
  });

  it(`returns at most ${HITS_PER_KIND} per kind`, async () => {
    expect((await search("bulkhead parts")).customers).toHaveLength(HITS_PER_KIND);
  });
});

describe("globalSearch: aircraft, vehicles and work orders", () => {
  it("finds an aircraft by registration typed with or without the hyphen, the archived one last", async () => {
    for (const q of ["C-FQZX", "cfqzx", "c fqzx"]) {
      const { aircraft, vehicles } = await search(q);
      expect(aircraft[0], q).toMatchObject({ id: ids.canadian, title: "C-FQZX", href: `/aircraft/${ids.canadian}` });
      expect(vehicles, q).toEqual([]);
    }
    const { aircraft } = await search("C-FQZ");
    expect(aircraft.map((hit) => [hit.title, hit.archived])).toEqual([
      ["C-FQZX", false],
      ["C-FQZY", true],
    ]);
  });

  it("finds a vehicle by VIN and by plate", async () => {
    for (const q of [vin, vin.toLowerCase(), vin.slice(0, 11), "QZX-4821", "qzx 4821", "qzx4821"]) {
      const { vehicles, aircraft } = await search(q);
      expect(
        vehicles.map((hit) => hit.id),
        q,
      ).toEqual([ids.van]);
      expect(aircraft, q).toEqual([]);
    }
    expect((await search("qzx4821")).vehicles[0]).toMatchObject({
      href: `/vehicles/${ids.van}`,
      title: `Ford Transit 2019 · ${vin}`,
      detail: "Plate QZX-4821",
    });
  });

  it("finds a work order by its number, a prefix of it, its sequence, or code and sequence", async () => {
    const [first, second] = workOrderNumbers as [string, string, string];
    const exact = await search(first.toLowerCase());
    expect(titles(exact.workOrders)).toEqual([first]);
    expect(exact.workOrders[0]?.detail).toBe("Created · C-FQZX");
    expect(titles((await search("KQZA0000")).workOrders)).toEqual([...workOrderNumbers].reverse());
    expect(titles((await search("2")).workOrders)).toEqual([second]);
    expect(titles((await search("00002")).workOrders)).toEqual([second]);
    expect(titles((await search("kqza2")).workOrders)).toEqual([second]);
    expect(titles((await search("KQZA-00002")).workOrders)).toEqual([second]);
  });

  it("does not read a name as a work-order number", async () => {
    expect((await search("summit air")).workOrders).toEqual([]);
  });
});

describe("globalSearch: scope", () => {
  it("never returns another organization's records, and theirs finds only theirs", async () => {
    const ours = new Set([...Object.values(ids), ...workOrderIds]);
    for (const q of ["Summit Air Charter", "ACC-7731", "C-FQZX", vin, "QZX-4821", "KQZA", "1"]) {
      const theirs = idsOf(await search(q, outsider));
      expect(theirs.length, q).toBeGreaterThan(0);
      expect(
        theirs.filter((id) => ours.has(id)),
        q,
      ).toEqual([]);
      expect(
        idsOf(await search(q)).filter((id) => !ours.has(id)),
        q,
      ).toEqual([]);
    }
  });

  it("finds nothing for a query shorter than two characters", async () => {
    expect(idsOf(await search("s"))).toEqual([]);
    expect(idsOf(await search("x"))).toEqual([]);
    expect(idsOf(await search("   "))).toEqual([]);
  });

  it("treats LIKE wildcards as text", async () => {
    expect(idsOf(await search("%%"))).toEqual([]);
    expect(idsOf(await search("__"))).toEqual([]);
  });
});

// Reading links from either side, the primary link, and the link pickers (which leave out what is already linked).
import { describe, expect, it } from "vitest";
import { linkCustomer } from "@/lib/asset-links/mutations";
import { findPrimaryLink, listLinksForAsset, listLinksForCustomer } from "@/lib/asset-links/queries";
import { archiveCustomer } from "@/lib/customers/mutations";
import { searchAssetOptions } from "@/lib/assets/queries";
import { searchCustomerOptions } from "@/lib/customers/queries";
import { db } from "@/lib/db";
import { makeAssetRow, makeCustomer, makeOrgWithRoles, uniq } from "@/tests/factories";

const { staff, manager } = await makeOrgWithRoles();

describe("listLinksForAsset and listLinksForCustomer", () => {
  it("lists the primary first, then current links, then the rest, oldest first", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const former = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: (await makeCustomer(staff)).id,
      status: "former",
    });
    const first = await linkCustomer(staff, { assetId: asset.id, customerId: (await makeCustomer(staff)).id });
    const prospect = await linkCustomer(staff, {
      assetId: asset.id,
      customerId: (await makeCustomer(staff)).id,
      status: "prospective",
    });
    const customer = await makeCustomer(staff, { accountNumber: uniq("ACC-"), email: `${uniq("a")}@example.test` });
    const primary = await linkCustomer(staff, { assetId: asset.id, customerId: customer.id, makePrimary: true });

    const links = await listLinksForAsset(staff, asset.id);
    expect(links.map((l) => l.id)).toEqual([primary.id, first.id, former.id, prospect.id]);
    expect(links[0]).toEqual({
      id: primary.id,
      assetId: asset.id,
      customerId: customer.id,
      relationship: "owner",
      status: "current",
      isPrimary: true,
      since: null,
      notes: null,
      createdAt: expect.any(Date),
      customer: {
        id: customer.id,
        name: customer.name,
        displayName: null,
        accountNumber: customer.accountNumber,
        email: customer.email,
        phone: null,
        archivedAt: null,
      },
    });
    expect((await findPrimaryLink(db, staff.orgId, asset.id))?.customer.id).toBe(customer.id);
    expect(await findPrimaryLink(db, staff.orgId, (await makeAssetRow(staff.orgId)).id)).toBeNull();
  });

  it("lists a customer's aircraft and vehicles with their summaries", async () => {
    const customer = await makeCustomer(staff);
    const [plane, truck] = [await makeAssetRow(staff.orgId), await makeAssetRow(staff.orgId, { kind: "vehicle" })];
    await linkCustomer(staff, { assetId: truck.id, customerId: customer.id, status: "former" });
    await linkCustomer(staff, { assetId: plane.id, customerId: customer.id });
    const links = await listLinksForCustomer(staff, customer.id);
    expect(links.map((l) => [l.asset.id, l.isPrimary])).toEqual([
      [plane.id, true],
      [truck.id, false],
    ]);
    expect(links[1]!.asset).toEqual({
      id: truck.id,
      kind: "vehicle",
      registration: null,
      vin: null,
      make: "Ford",
      model: "Transit",
      year: null,
      archivedAt: null,
    });
  });
});

describe("searchCustomerOptions", () => {
  it("finds non-archived customers by folded text, described by account, email and city", async () => {
    const tag = uniq("zq");
    const match = await makeCustomer(staff, {
      name: `Zürich ${tag} Air`,
      accountNumber: "A-1",
      email: `${tag}@example.test`,
      city: "Knoxville",
    });
    const archived = await makeCustomer(staff, { name: `Zurich ${tag} Old` });
    await archiveCustomer(manager, archived.id);
    const options = await searchCustomerOptions(staff, { q: `ZURICH ${tag}` });
    expect(options).toEqual([
      { value: match.id, label: match.name, description: `A-1 · ${tag}@example.test · Knoxville` },
    ]);
    const some = await searchCustomerOptions(staff, { q: "", limit: 2 });
    expect(some).toHaveLength(2);
  });
});

describe("link pickers leave out what is already linked", () => {
  it("offers an asset only the customers not linked to it, in any status", async () => {
    const tag = uniq("pk");
    const asset = await makeAssetRow(staff.orgId);
    const [linked, former, free] = [
      await makeCustomer(staff, { name: `Picker ${tag} Linked` }),
      await makeCustomer(staff, { name: `Picker ${tag} Former` }),
      await makeCustomer(staff, { name: `Picker ${tag} Free` }),
    ];
    await linkCustomer(staff, { assetId: asset.id, customerId: linked.id });
    await linkCustomer(staff, { assetId: asset.id, customerId: former.id, status: "former" });

    const offered = await searchCustomerOptions(staff, { q: `picker ${tag}`, notLinkedToAssetId: asset.id });
    expect(offered.map((o) => o.value)).toEqual([free.id]);
    const unfiltered = await searchCustomerOptions(staff, { q: `picker ${tag}` });
    expect(unfiltered.map((o) => o.value).sort()).toEqual([linked.id, former.id, free.id].sort());
  });

  it("offers a customer only the aircraft and vehicles not linked to it", async () => {
    const customer = await makeCustomer(staff);
    const prefix = uniq("Z").slice(0, 7).toUpperCase();
    const [linked, free] = [
      await makeAssetRow(staff.orgId, { registration: `${prefix}A` }),
      await makeAssetRow(staff.orgId, { registration: `${prefix}B` }),
    ];
    await linkCustomer(staff, { assetId: linked.id, customerId: customer.id, status: "prospective" });

    const offered = await searchAssetOptions(staff, { q: prefix, notLinkedToCustomerId: customer.id });
    expect(offered.map((o) => o.id)).toEqual([free.id]);
    expect((await searchAssetOptions(staff, { q: prefix })).map((o) => o.id)).toEqual([linked.id, free.id]);
  });
});

// Races on one asset keep exactly one primary (the asset row lock); the database itself refuses two.
import { describe, expect, it } from "vitest";
import { linkCustomer, setPrimaryLink } from "@/lib/asset-links/mutations";
import type { AssetLink } from "@/lib/asset-links/select";
import { db } from "@/lib/db";
import { makeAssetLinkRow, makeAssetRow, makeCustomer, makeOrgWithRoles } from "@/tests/factories";
import { primaryIds } from "./helpers";

const { staff } = await makeOrgWithRoles();

describe("database backstop", () => {
  it("rejects a second primary link for one asset and a primary link that is not current", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const [a, b, c] = [await makeCustomer(staff), await makeCustomer(staff), await makeCustomer(staff)];
    await makeAssetLinkRow(staff.orgId, asset.id, a.id, { isPrimary: true });
    await expect(db.$executeRaw`
      INSERT INTO asset_customer (id, organization_id, asset_id, customer_id, is_primary, updated_at)
      VALUES (gen_random_uuid(), ${staff.orgId}, ${asset.id}::uuid, ${b.id}::uuid, true, now())`).rejects.toThrow(
      /asset_customer_one_primary_idx/,
    );
    await expect(
      makeAssetLinkRow(staff.orgId, (await makeAssetRow(staff.orgId)).id, c.id, { isPrimary: true, status: "former" }),
    ).rejects.toThrow(/asset_customer_primary_is_current_check/);
    expect(await primaryIds(asset.id)).toHaveLength(1);
  });
});

// PGlite is one connection, so only a PostgreSQL server really interleaves these transactions.
describe.runIf(process.env.TEST_DATABASE_URL)("concurrent link changes on one asset", () => {
  it("50 parallel setPrimaryLink calls over several links leave exactly one primary", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const links: AssetLink[] = [];
    for (let i = 0; i < 5; i++) {
      links.push(await linkCustomer(staff, { assetId: asset.id, customerId: (await makeCustomer(staff)).id }));
    }
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => setPrimaryLink(staff, links[i % links.length]!.id)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const primaries = await primaryIds(asset.id);
    expect(primaries).toHaveLength(1);
    expect(links.map((l) => l.id)).toContain(primaries[0]);
  });

  it("20 parallel linkCustomer calls (some asking for primary) leave exactly one primary", async () => {
    const asset = await makeAssetRow(staff.orgId, { kind: "vehicle" });
    const customers = await Promise.all(Array.from({ length: 20 }, () => makeCustomer(staff)));
    const results = await Promise.allSettled(
      customers.map((customer, i) =>
        linkCustomer(staff, { assetId: asset.id, customerId: customer.id, makePrimary: i % 3 === 0 }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.assetCustomer.count({ where: { assetId: asset.id } })).toBe(20);
    expect(await primaryIds(asset.id)).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { db } from "@/lib/db";
import { checkVin } from "@/lib/assets/vin";
import { DEMO_ORG_SLUG, seedDemo } from "@/lib/db/seed";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";

describe("demo seed", () => {
  it("creates the demo organization once, with users, customers and a working API key", async () => {
    process.env.SEED_API_KEY = "chub_seedTest000000000000000000000000000";
    const first = await seedDemo();
    expect(first.created).toBe(true);
    expect(first.apiKey).toBe(process.env.SEED_API_KEY);

    const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORG_SLUG } });
    const members = await db.member.findMany({ where: { organizationId: org.id }, include: { user: true } });
    expect(members.map((m) => m.role).sort()).toEqual(["owner", "staff"]);

    const ctx = await authenticateApiKey(`Bearer ${first.apiKey}`);
    expect(ctx?.orgId).toBe(org.id);
    const list = await listCustomers(ctx!, parseCustomerListParams({ archived: "include" }));
    expect(list.total).toBe(200);

    expect(await db.asset.count({ where: { organizationId: org.id, kind: "aircraft" } })).toBe(50);
    expect(await db.asset.count({ where: { organizationId: org.id, kind: "vehicle" } })).toBe(50);
    expect(await db.workOrder.count({ where: { organizationId: org.id } })).toBe(200);

    // Every asset with a current link has exactly one primary, and it is a current link.
    const links = await db.assetCustomer.findMany({ where: { organizationId: org.id } });
    const byAsset = new Map<string, typeof links>();
    for (const link of links) byAsset.set(link.assetId, [...(byAsset.get(link.assetId) ?? []), link]);
    expect(byAsset.size).toBeGreaterThan(85);
    expect([...byAsset.values()].some((group) => group.length > 1)).toBe(true);
    for (const group of byAsset.values()) {
      const primaries = group.filter((link) => link.isPrimary);
      expect(primaries).toHaveLength(group.some((link) => link.status === "current") ? 1 : 0);
      expect(primaries.every((link) => link.status === "current")).toBe(true);
    }

    // Every VIN passes its check digit; numbers follow each center's sequence and creation month.
    const vehicles = await db.asset.findMany({ where: { organizationId: org.id, kind: "vehicle" } });
    for (const { vin } of vehicles) expect(checkVin(vin!)).toEqual({ ok: true, vin });
    const centers = await db.serviceCenter.findMany({
      where: { organizationId: org.id },
      include: { workOrders: true },
    });
    for (const center of centers) {
      expect(center.workOrderSeq).toBe(center.workOrders.length);
      for (const order of center.workOrders) {
        const month = String(order.createdAt.getUTCMonth() + 1).padStart(2, "0");
        expect(order.number).toBe(
          `${center.code}${String(order.sequence).padStart(5, "0")}-${month}-${order.createdAt.getUTCFullYear()}`,
        );
      }
    }
    const primaryByAsset = new Map(links.filter((l) => l.isPrimary).map((l) => [l.assetId, l.customerId]));
    const orders = await db.workOrder.findMany({ where: { organizationId: org.id } });
    for (const order of orders) expect(order.customerId).toBe(primaryByAsset.get(order.assetId) ?? null);

    expect((await seedDemo()).created).toBe(false);
    expect(await db.customer.count({ where: { organizationId: org.id } })).toBe(200);
    delete process.env.SEED_API_KEY;
  });
});

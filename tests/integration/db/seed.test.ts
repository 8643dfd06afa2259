import { describe, expect, it } from "vitest";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { db } from "@/lib/db";
import { DEMO_ORG_SLUG, seedDemo } from "@/lib/db/seed";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/schemas";

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

    expect((await seedDemo()).created).toBe(false);
    expect(await db.customer.count({ where: { organizationId: org.id } })).toBe(200);
    delete process.env.SEED_API_KEY;
  });
});

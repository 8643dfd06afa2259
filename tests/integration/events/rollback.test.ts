// A change and its event commit or roll back together: when a step after the event fails, the
// transaction leaves neither the customer nor its event.
import { describe, expect, it, vi } from "vitest";
import { createCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";

vi.mock("@/lib/consent/record", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/consent/record")>();
  return {
    ...original,
    recordConsentChanges: vi.fn(async (...args: Parameters<typeof original.recordConsentChanges>) => {
      await original.recordConsentChanges(...args);
      if ((args[4] as { name?: string } | null)?.name?.startsWith("Fail")) throw new Error("consent log unavailable");
    }),
  };
});

describe("outbox atomicity", () => {
  it("writes no event when the mutation fails after recording it", async () => {
    const { staff } = await makeOrgWithRoles();
    const failure = await rejectionOf(createCustomer(staff, { name: uniq("Fail ") }));
    expect(failure.message).toBe("consent log unavailable");
    expect(await db.customer.count({ where: { organizationId: staff.orgId } })).toBe(0);
    expect(await db.event.count({ where: { organizationId: staff.orgId } })).toBe(0);
    await createCustomer(staff, { name: uniq("Ok ") });
    expect(await db.event.count({ where: { organizationId: staff.orgId } })).toBe(1);
  });
});

// A contact change and its activity entry commit or roll back together: when recording (the last
// step but one) fails, the contact row written before it in the transaction is gone too.
import { describe, expect, it, vi } from "vitest";
import { createContact } from "@/lib/contacts/mutations";
import { db } from "@/lib/db";
import { contactInput, makeCustomerRow, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

vi.mock("@/lib/activity/record", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/activity/record")>();
  return {
    ...original,
    recordChange: vi.fn(async (...args: Parameters<typeof original.recordChange>) => {
      await original.recordChange(...args);
      if (args[2].summary.includes("Fail")) throw new Error("timeline unavailable");
    }),
  };
});

const { staff } = await makeOrgWithRoles();

describe("activity rollback", () => {
  it("leaves neither the contact nor its activity when the transaction fails after recording", async () => {
    const customer = await makeCustomerRow(staff);
    const failure = await rejectionOf(createContact(staff, customer.id, contactInput({ firstName: "Fail" })));
    expect(failure.message).toBe("timeline unavailable");
    expect(await db.contact.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await db.activity.count({ where: { customerId: customer.id } })).toBe(0);
    await createContact(staff, customer.id, contactInput({ firstName: "Ok" }));
    expect(await db.activity.count({ where: { customerId: customer.id } })).toBe(1);
  });
});

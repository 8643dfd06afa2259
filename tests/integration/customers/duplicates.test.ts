// Account number and email are unique per organization, case-insensitively, on create and update.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { toWriteError } from "@/lib/customers/duplicates";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schemas";
import { makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

let staff: Ctx;
let otherOrgStaff: Ctx;

beforeAll(async () => {
  ({ staff } = await makeOrgWithRoles());
  ({ staff: otherOrgStaff } = await makeOrgWithRoles());
});

describe("unique account number and email", () => {
  it("refuses a second customer with the same account number, ignoring case", async () => {
    await makeCustomer(staff, { accountNumber: "ACME-1" });
    const { code, message, fieldErrors } = await rejectionOf(makeCustomer(staff, { accountNumber: "acme-1" }));
    expect(code).toBe("CONFLICT");
    expect(message).toBe("Account number acme-1 is already used by another customer.");
    expect(fieldErrors).toEqual({ accountNumber: ["Account number acme-1 is already used by another customer"] });
  });

  it("refuses a second customer with the same email, ignoring case", async () => {
    await makeCustomer(staff, { email: "dup@example.test" });
    const { code, fieldErrors } = await rejectionOf(makeCustomer(staff, { email: " DUP@Example.test" }));
    expect(code).toBe("CONFLICT");
    expect(fieldErrors).toEqual({ email: ["Email dup@example.test is already used by another customer"] });
  });

  it("reports both fields when both collide", async () => {
    await makeCustomer(staff, { accountNumber: "BOTH-1", email: "both@example.test" });
    const { message, fieldErrors } = await rejectionOf(
      makeCustomer(staff, { accountNumber: "both-1", email: "both@example.test" }),
    );
    expect(message).toBe("Account number and email are already used by other customers.");
    expect(Object.keys(fieldErrors).sort()).toEqual(["accountNumber", "email"]);
  });

  it("allows the same account number and email in another organization, and blanks anywhere", async () => {
    await makeCustomer(staff, { accountNumber: "SHARED-1", email: "shared@example.test" });
    const other = await makeCustomer(otherOrgStaff, { accountNumber: "SHARED-1", email: "shared@example.test" });
    expect(other.accountNumber).toBe("SHARED-1");
    await makeCustomer(staff, { accountNumber: "", email: "" });
    await makeCustomer(staff, { accountNumber: null, email: null });
  });

  it("refuses an update that takes another customer's account number or email", async () => {
    await makeCustomer(staff, { accountNumber: "TAKEN-1", email: "taken@example.test" });
    const customer = await makeCustomer(staff, { accountNumber: "FREE-1" });
    const byNumber = await rejectionOf(updateCustomer(staff, customer.id, { accountNumber: "Taken-1" }));
    expect(byNumber.fieldErrors).toEqual({
      accountNumber: ["Account number Taken-1 is already used by another customer"],
    });
    const byEmail = await rejectionOf(updateCustomer(staff, customer.id, { email: "TAKEN@example.test" }));
    expect(byEmail.fieldErrors).toEqual({ email: ["Email taken@example.test is already used by another customer"] });
    const kept = await updateCustomer(staff, customer.id, { accountNumber: "free-1", name: "Renamed" });
    expect(kept).toMatchObject({ accountNumber: "free-1", name: "Renamed" });
  });

  it("turns the database's unique violation into the same field error when a race slips past the check", async () => {
    const data = customerInputSchema.parse({ name: "Race", accountNumber: "RACE-1", email: "race@example.test" });
    await makeCustomer(staff, { accountNumber: "RACE-1" });
    await makeCustomer(staff, { email: "race@example.test" });
    const insert = (extra: object) =>
      db.customer.create({ data: { organizationId: staff.orgId, name: "Race", ...extra } }).catch((e: unknown) => e);
    expect(toWriteError(await insert({ accountNumber: "race-1" }), data)).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { accountNumber: ["Account number RACE-1 is already used by another customer"] },
    });
    expect(toWriteError(await insert({ email: "RACE@example.test" }), data)).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: ["Email race@example.test is already used by another customer"] },
    });
    const other = new Error("boom");
    expect(toWriteError(other, data)).toBe(other);
  });

  it("lets exactly one of two concurrent creates with the same email win", async () => {
    const results = await Promise.allSettled(
      [1, 2].map((n) => createCustomer(staff, { name: `Concurrent ${n}`, email: "concurrent@example.test" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "CONFLICT", fieldErrors: { email: [expect.any(String)] } });
  });
});

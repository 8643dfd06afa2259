// updateCustomer: partial updates validated as a whole record, audit fields and optimistic concurrency.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { archiveCustomer, updateCustomer } from "@/lib/customers/mutations";
import { getCustomer } from "@/lib/customers/queries";
import { makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

let staff: Ctx;
let manager: Ctx;

const CHANGED = "This customer was changed by someone else since you opened it. Reload to see their changes.";

beforeAll(async () => {
  ({
    staff,
    ctx: { manager },
  } = await makeOrgWithRoles());
});

describe("updateCustomer", () => {
  it("changes only the given fields, bumps the version and records who changed it", async () => {
    const customer = await makeCustomer(staff, { name: "Before", city: "Boston", tags: ["a"], email: "before@x.test" });
    const updated = await updateCustomer(manager, customer.id, { name: " After ", email: "", tags: ["b", "B"] });
    expect(updated).toMatchObject({
      name: "After",
      city: "Boston",
      email: null,
      tags: ["b"],
      version: 2,
      createdById: staff.userId,
      updatedById: manager.userId,
    });
    expect(updated.searchText).toBe("after");
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(customer.updatedAt.getTime());
    const detail = await getCustomer(staff, customer.id);
    expect(detail.updatedBy?.id).toBe(manager.userId);
    expect(detail.createdBy?.id).toBe(staff.userId);
  });

  it("reads a new national phone number with the stored country", async () => {
    const customer = await makeCustomer(staff, { country: "GB" });
    expect((await updateCustomer(staff, customer.id, { phone: "020 7946 0958" })).phone).toBe("+442079460958");
  });

  it("validates the merged record, so a country change must fit the stored postal code", async () => {
    const customer = await makeCustomer(staff, { country: "US", postalCode: "12345" });
    const { code, fieldErrors } = await rejectionOf(updateCustomer(staff, customer.id, { country: "CA" }));
    expect(code).toBe("VALIDATION");
    expect(fieldErrors).toEqual({ postalCode: ["Enter a valid postal code for Canada"] });
    const moved = await updateCustomer(staff, customer.id, { country: "CA", postalCode: "m5v 2t6" });
    expect(moved).toMatchObject({ country: "CA", postalCode: "M5V 2T6" });
  });

  it("reports field errors of the patch itself", async () => {
    const customer = await makeCustomer(staff);
    const { code, fieldErrors } = await rejectionOf(updateCustomer(staff, customer.id, { email: "nope", name: "" }));
    expect(code).toBe("VALIDATION");
    expect(fieldErrors).toEqual({ email: ["Enter a valid email address"], name: ["Name is required"] });
    const version = await rejectionOf(updateCustomer(staff, customer.id, { version: 0 }));
    expect(version.fieldErrors.version).toBeDefined();
  });

  it("rebuilds a person's name from new first/last names unless the name was typed separately", async () => {
    const person = await makeCustomer(staff, { kind: "person", firstName: "Jane", lastName: "Doe" });
    expect((await updateCustomer(staff, person.id, { lastName: "Smith" })).name).toBe("Jane Smith");
    const named = await makeCustomer(staff, { kind: "person", name: "Dr. J. Doe", firstName: "Jane" });
    expect((await updateCustomer(staff, named.id, { firstName: "Janet" })).name).toBe("Dr. J. Doe");
    expect((await updateCustomer(staff, person.id, { name: "J. Smith", firstName: "J" })).name).toBe("J. Smith");
  });

  it("refuses to edit an archived customer", async () => {
    const customer = await makeCustomer(staff);
    await archiveCustomer(manager, customer.id);
    const { code, message } = await rejectionOf(updateCustomer(staff, customer.id, { name: "Edited" }));
    expect(code).toBe("CONFLICT");
    expect(message).toBe("Restore this customer before editing it.");
  });
});

describe("updateCustomer optimistic concurrency", () => {
  it("accepts the current version from options or from the input", async () => {
    const customer = await makeCustomer(staff);
    const v2 = await updateCustomer(staff, customer.id, { city: "Denver" }, { expectedVersion: 1 });
    expect(v2.version).toBe(2);
    const v3 = await updateCustomer(staff, customer.id, { city: "Austin", version: 2 });
    expect(v3).toMatchObject({ version: 3, city: "Austin" });
  });

  it("refuses a stale version with CONFLICT and leaves the record alone", async () => {
    const customer = await makeCustomer(staff, { city: "Original" });
    await updateCustomer(staff, customer.id, { city: "Theirs" });
    const stale = await rejectionOf(updateCustomer(staff, customer.id, { city: "Mine" }, { expectedVersion: 1 }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: CHANGED });
    const fromInput = await rejectionOf(updateCustomer(staff, customer.id, { city: "Mine", version: 1 }));
    expect(fromInput.code).toBe("CONFLICT");
    expect((await getCustomer(staff, customer.id)).city).toBe("Theirs");
  });

  it("lets only one of two concurrent edits from the same version win", async () => {
    const customer = await makeCustomer(staff);
    const results = await Promise.allSettled(
      ["First", "Second"].map((city) => updateCustomer(staff, customer.id, { city }, { expectedVersion: 1 })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "CONFLICT", message: CHANGED });
    expect((await getCustomer(staff, customer.id)).version).toBe(2);
  });

  it("applies concurrent versionless patches to different fields without losing either", async () => {
    const customer = await makeCustomer(staff);
    await Promise.all([
      updateCustomer(staff, customer.id, { city: "Lisbon" }),
      updateCustomer(staff, customer.id, { region: "Lisboa" }),
      updateCustomer(staff, customer.id, { taxId: "PT123" }),
    ]);
    expect(await getCustomer(staff, customer.id)).toMatchObject({
      city: "Lisbon",
      region: "Lisboa",
      taxId: "PT123",
      version: 4,
    });
  });
});

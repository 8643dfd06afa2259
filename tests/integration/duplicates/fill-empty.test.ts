// "Merge into it" from the new-customer form: the typed values fill only the existing customer's
// empty fields; the preview lists exactly what the update then changes, at the previewed version.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fillEmptyFields, previewFillEmptyFields } from "@/lib/duplicates/fill-empty";
import { makeCustomer, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";

const { staff, viewer } = await makeOrgWithRoles();

describe("fill empty fields", () => {
  it("previews and applies only the empty fields, normalized as stored, and records the update", async () => {
    const existing = await makeCustomer(staff, { name: uniq("Alpine "), city: "Bern", country: "CH" });
    const typed = {
      kind: "person",
      status: "blocked",
      name: "Something else",
      city: "Zürich",
      email: " Ops@Alpine.TEST ",
      phone: "044 668 18 00",
      region: "",
      tags: ["VIP"],
    };
    const preview = await previewFillEmptyFields(staff, existing.id, typed);
    expect(preview).toEqual({
      version: existing.version,
      changes: {
        email: { from: null, to: "ops@alpine.test" },
        phone: { from: null, to: "+41446681800" },
        tags: { from: [], to: ["VIP"] },
      },
    });

    await fillEmptyFields(staff, existing.id, typed, preview.version);
    const after = await db.customer.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({
      name: existing.name,
      kind: "company",
      status: "active",
      city: "Bern",
      email: "ops@alpine.test",
      phone: "+41446681800",
      tags: ["VIP"],
      version: existing.version + 1,
    });
    const activity = await db.activity.findFirstOrThrow({
      where: { customerId: existing.id, action: "updated" },
      orderBy: { createdAt: "desc" },
    });
    expect(Object.keys(activity.changes as object).sort()).toEqual(["email", "phone", "tags"]);
  });

  it("refuses a stale preview and a viewer", async () => {
    const existing = await makeCustomer(staff, { name: uniq("Stale ") });
    const { version } = await previewFillEmptyFields(staff, existing.id, { region: "NV" });
    await fillEmptyFields(staff, existing.id, { city: "Reno" }, version);
    expect((await rejectionOf(fillEmptyFields(staff, existing.id, { region: "NV" }, version))).code).toBe("CONFLICT");
    expect((await rejectionOf(previewFillEmptyFields(viewer, existing.id, { region: "NV" }))).code).toBe("FORBIDDEN");
  });
});

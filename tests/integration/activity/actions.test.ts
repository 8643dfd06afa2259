// The server actions behind the Activity and Contacts tabs and Settings → Customer tiers, called as the
// browser calls them: the signed-in member's context (the session is stubbed; the data layer is real),
// the input re-parsed on the server, errors as `{ error }`, pages revalidated after a write.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { updateCustomer } from "@/lib/customers/mutations";
import { makeCustomer, makeOrgWithRoles, uniq } from "@/tests/factories";

const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/auth/session", () => ({
  requireCtx: async () => {
    if (!session.ctx) throw new Error("no session");
    return session.ctx;
  },
}));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const { listActivityAction, logActivityAction, revertActivityAction } = await import("@/lib/activity/actions");
const contactActions = await import("@/lib/contacts/actions");
const tierActions = await import("@/lib/tiers/actions");

let ctx: Record<Role, Ctx>;
const as = (role: Role) => {
  session.ctx = ctx[role];
};

beforeAll(async () => {
  ({ ctx } = await makeOrgWithRoles());
});

beforeEach(() => revalidatePath.mockClear());

describe("activity actions", () => {
  it("log an entry, list it with filters, and revalidate the customer's page", async () => {
    const customer = await makeCustomer(ctx.staff);
    as("staff");
    const logged = await logActivityAction({
      customerId: customer.id,
      type: "meeting",
      summary: "Hangar walk-through",
      body: "",
    });
    expect(logged).toEqual({ data: { id: expect.any(String) } });
    expect(revalidatePath).toHaveBeenCalledWith(`/customers/${customer.id}`);

    as("viewer");
    const page = await listActivityAction({ customerId: customer.id, types: ["meeting"] });
    expect("data" in page && page.data.items.map((item) => item.summary)).toEqual(["Hangar walk-through"]);
    expect(await logActivityAction({ customerId: customer.id, type: "note", summary: "Viewer note" })).toMatchObject({
      error: { code: "FORBIDDEN" },
    });
    expect(await logActivityAction({ customerId: customer.id, type: "change", summary: "" } as never)).toMatchObject({
      error: { code: "VALIDATION", fieldErrors: { type: [expect.any(String)], summary: [expect.any(String)] } },
    });
  });

  it("revert for managers only, revalidating the list and the customer", async () => {
    const customer = await makeCustomer(ctx.staff, { city: "Austin" });
    await updateCustomer(ctx.staff, customer.id, { city: "Dallas" });
    const change = await db.activity.findFirstOrThrow({ where: { customerId: customer.id, action: "updated" } });
    as("staff");
    expect(await revertActivityAction({ customerId: customer.id, activityId: change.id })).toMatchObject({
      error: { code: "FORBIDDEN" },
    });
    as("manager");
    expect(await revertActivityAction({ customerId: customer.id, activityId: change.id })).toEqual({
      data: { id: expect.any(String) },
    });
    expect(revalidatePath).toHaveBeenCalledWith("/customers");
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).city).toBe("Austin");
  });
});

describe("contact actions", () => {
  it("add, edit (version-checked), make primary, delete and undo", async () => {
    const customer = await makeCustomer(ctx.staff, { country: "US" });
    as("staff");
    const contact = (email: string) => ({ customerId: customer.id, firstName: "Ana", lastName: uniq(), email });
    const first = await contactActions.createContactAction(contact(`${uniq()}@example.test`));
    const second = await contactActions.createContactAction(contact(`${uniq()}@example.test`));
    if (!("data" in first && "data" in second)) throw new Error("expected both contacts to be created");
    expect(revalidatePath).toHaveBeenCalledWith(`/customers/${customer.id}`);

    const taken = await contactActions.createContactAction(
      contact((await db.contact.findUniqueOrThrow({ where: { id: first.data.id } })).email.toUpperCase()),
    );
    expect(taken).toMatchObject({ error: { fieldErrors: { email: [expect.any(String)] } } });

    const stored = await db.contact.findUniqueOrThrow({ where: { id: second.data.id } });
    const edit = {
      ...contact(stored.email),
      contactId: stored.id,
      firstName: "Bea",
      lastName: stored.lastName,
      version: stored.version,
    };
    expect(await contactActions.updateContactAction(edit)).toEqual({ data: { id: stored.id } });
    expect(await contactActions.updateContactAction(edit)).toMatchObject({ error: { code: "CONFLICT" } });

    expect(await contactActions.setPrimaryContactAction({ contactId: stored.id })).toEqual({ data: { id: stored.id } });
    expect(await contactActions.deleteContactAction({ contactId: stored.id })).toEqual({ data: { id: stored.id } });
    expect((await db.contact.findUniqueOrThrow({ where: { id: first.data.id } })).isPrimary).toBe(true);
    expect(await contactActions.restoreContactAction({ contactId: stored.id })).toEqual({ data: { id: stored.id } });
    expect(await contactActions.deleteContactAction({ contactId: "" })).toMatchObject({
      error: { code: "VALIDATION" },
    });

    as("viewer");
    expect(await contactActions.deleteContactAction({ contactId: stored.id })).toMatchObject({
      error: { code: "FORBIDDEN" },
    });
  });
});

describe("tier actions", () => {
  it("create, edit (version-checked) and delete with a destination, for managers", async () => {
    as("staff");
    expect(await tierActions.createTierAction({ name: uniq("Staff "), level: 1, discountPercent: "1" })).toMatchObject({
      error: { code: "FORBIDDEN" },
    });
    as("manager");
    const created = await tierActions.createTierAction({ name: uniq("Gold "), level: 1, discountPercent: "10" });
    if (!("data" in created)) throw new Error("expected the tier to be created");
    expect(revalidatePath).toHaveBeenCalledWith("/settings/customer-tiers");
    const id = created.data.id;
    const edit = { id, name: uniq("Platinum "), level: 1, discountPercent: "12.5", color: "#334455", version: 1 };
    expect(await tierActions.updateTierAction(edit)).toEqual({ data: { id } });
    expect(await tierActions.updateTierAction(edit)).toMatchObject({ error: { code: "CONFLICT" } });

    const customer = await makeCustomer(ctx.staff, { tierId: id });
    expect(await tierActions.deleteTierAction({ id })).toMatchObject({
      error: { code: "CONFLICT", fieldErrors: { moveTo: [expect.any(String)] } },
    });
    expect(await tierActions.deleteTierAction({ id, moveTo: null })).toEqual({ data: { moved: 1 } });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).tierId).toBeNull();
  });
});

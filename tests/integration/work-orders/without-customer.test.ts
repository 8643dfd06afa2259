// An asset with no current customer opens a work order only with an explicit `withoutCustomer: true`,
// whether the order comes from the data layer, the new-work-order form's action or the REST API.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as collection from "@/app/api/v1/work-orders/route";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { archiveCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { makeApiKey, call } from "@/tests/support/api";
import { makeAssetLinkRow, makeAssetRow, makeCustomer, rejectionOf } from "@/tests/factories";
import { openWorkOrder, setupShop } from "./helpers";

const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/auth/session", () => ({
  requireCtx: async () => {
    if (!session.ctx) throw new Error("no session");
    return session.ctx;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createWorkOrderAction } = await import("@/lib/work-orders/actions");

const fieldMessage = "Link a customer first, or confirm opening without a customer.";

let ctx: Record<Role, Ctx>;
let orgId: string;
let serviceCenterId: string;
let key: string;

beforeAll(async () => {
  const shop = await setupShop();
  ctx = shop.ctx;
  orgId = shop.org.id;
  serviceCenterId = shop.center.id;
  key = await makeApiKey(orgId, "staff");
});

beforeEach(() => {
  session.ctx = ctx.staff;
});

const workOrdersOf = (assetId: string) => db.workOrder.count({ where: { organizationId: orgId, assetId } });

describe("opening a work order on an asset with no current customer", () => {
  it("is refused by the data layer without withoutCustomer, naming the field", async () => {
    const bare = await makeAssetRow(orgId, { kind: "vehicle" });
    const refused = await rejectionOf(openWorkOrder(ctx.staff, { serviceCenterId, assetId: bare.id }));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.message).toMatch(/^This vehicle has no current customer/);
    expect(refused.fieldErrors).toEqual({ withoutCustomer: [fieldMessage] });
    expect(await workOrdersOf(bare.id)).toBe(0);
  });

  it("is refused by the form's action with the error on the checkbox, and accepted once it is ticked", async () => {
    const bare = await makeAssetRow(orgId);
    const refused = await createWorkOrderAction({ serviceCenterId, assetId: bare.id, withoutCustomer: false });
    expect(refused).toEqual({
      error: { code: "VALIDATION", message: expect.any(String), fieldErrors: { withoutCustomer: [fieldMessage] } },
    });
    expect(await workOrdersOf(bare.id)).toBe(0);
    const opened = await createWorkOrderAction({ serviceCenterId, assetId: bare.id, withoutCustomer: true });
    expect("data" in opened && opened.data.number).toBeTruthy();
    expect(await workOrdersOf(bare.id)).toBe(1);
  });

  it("is a 422 on the REST API until the body says withoutCustomer: true", async () => {
    const bare = await makeAssetRow(orgId);
    const post = (body: unknown) => call(collection.POST, "POST", "/api/v1/work-orders", { key, body });
    const refused = await post({ serviceCenterId, assetId: bare.id });
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toMatch(/json/);
    expect(refused.json.error).toMatchObject({
      code: "VALIDATION",
      message:
        "This aircraft has no current customer: link one first, or send `withoutCustomer: true` to open the work order without one.",
      details: { withoutCustomer: [fieldMessage] },
    });
    expect(await workOrdersOf(bare.id)).toBe(0);
    const opened = await post({ serviceCenterId, assetId: bare.id, withoutCustomer: true });
    expect(opened.status).toBe(201);
    expect(opened.json.data).toMatchObject({ customerId: null, customerName: null });
  });

  it("needs no confirmation when the asset has a current customer, even one without the primary flag", async () => {
    const asset = await makeAssetRow(orgId);
    const archived = await makeCustomer(ctx.staff);
    await makeAssetLinkRow(orgId, asset.id, archived.id);
    await archiveCustomer(ctx.owner, archived.id);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId, assetId: asset.id });
    expect(workOrder).toMatchObject({ customerId: null, customerName: null });
  });
});

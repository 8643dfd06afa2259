// Who may do what with work orders (each role × each operation), and other organizations' records.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createWorkOrder, deleteWorkOrder, updateWorkOrder } from "@/lib/work-orders/mutations";
import { getWorkOrder, listTechnicianOptions, listWorkOrders } from "@/lib/work-orders/queries";
import { parseWorkOrderListParams } from "@/lib/work-orders/list-params";
import {
  makeAssetLinkRow,
  makeAssetRow,
  makeCustomer,
  makeLinkedAsset,
  makeServiceCenter,
  rejectionOf,
} from "@/tests/factories";
import { expectAllowed, roleCases } from "@/tests/support/permissions";
import { setupShop } from "./helpers";

let ctx: Record<Role, Ctx>;
let outsider: Ctx;
let serviceCenterId: string;
let assetId: string;

beforeAll(async () => {
  ({ ctx, serviceCenterId, assetId } = await setupShop());
  outsider = (await setupShop()).ctx.owner;
});

const fresh = () => createWorkOrder(ctx.owner, { serviceCenterId, assetId });

const operations = {
  list: (c: Ctx) => listWorkOrders(c, parseWorkOrderListParams({})),
  get: async (c: Ctx) => getWorkOrder(c, (await fresh()).id),
  technicians: (c: Ctx) => listTechnicianOptions(c),
  create: (c: Ctx) => createWorkOrder(c, { serviceCenterId, assetId }),
  update: async (c: Ctx) => updateWorkOrder(c, (await fresh()).id, { status: "open" }),
  delete: async (c: Ctx) => deleteWorkOrder(c, (await fresh()).id),
};
type Operation = keyof typeof operations;

const allowed: Record<Role, Operation[]> = {
  viewer: ["list", "get", "technicians"],
  staff: ["list", "get", "technicians", "create", "update"],
  manager: ["list", "get", "technicians", "create", "update"],
  admin: ["list", "get", "technicians", "create", "update", "delete"],
  owner: ["list", "get", "technicians", "create", "update", "delete"],
};

describe("work order permissions", () => {
  it.each(roleCases(operations, allowed))("%s → %s allowed: %s", async (role, op, isAllowed) => {
    await expectAllowed(operations[op](ctx[role]), isAllowed);
  });
});

describe("work orders across organizations", () => {
  it("treats another organization's asset, service center and customer as not found", async () => {
    const foreignAsset = await makeAssetRow(outsider.orgId);
    const foreignCenter = await makeServiceCenter(outsider.orgId);
    const foreignCustomer = await makeCustomer(outsider);
    await makeAssetLinkRow(outsider.orgId, foreignAsset.id, foreignCustomer.id, { isPrimary: true });
    const inputs = [
      { serviceCenterId, assetId: foreignAsset.id },
      { serviceCenterId: foreignCenter.id, assetId },
      { serviceCenterId, assetId, customerId: foreignCustomer.id },
      { serviceCenterId: "not-a-uuid", assetId: "nope" },
    ];
    for (const input of inputs) expect((await rejectionOf(createWorkOrder(ctx.staff, input))).code).toBe("NOT_FOUND");
  });

  it("never reads, changes or lists another organization's work order", async () => {
    const { asset } = await makeLinkedAsset(outsider);
    const center = await makeServiceCenter(outsider.orgId);
    const foreign = await createWorkOrder(outsider, { serviceCenterId: center.id, assetId: asset.id });
    expect((await rejectionOf(getWorkOrder(ctx.owner, foreign.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(updateWorkOrder(ctx.owner, foreign.id, { status: "void" }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(deleteWorkOrder(ctx.owner, foreign.id))).code).toBe("NOT_FOUND");
    const listed = await listWorkOrders(ctx.owner, parseWorkOrderListParams({ q: foreign.number }));
    expect(listed.total).toBe(0);
    const byAsset = await listWorkOrders(ctx.owner, parseWorkOrderListParams({ assetId: asset.id }));
    expect(byAsset.total).toBe(0);
  });

  it("refuses an archived asset for a new work order", async () => {
    const archived = await makeAssetRow(ctx.owner.orgId, { kind: "vehicle" });
    await db.asset.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const result = await rejectionOf(createWorkOrder(ctx.staff, { serviceCenterId, assetId: archived.id }));
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors.assetId).toEqual(["This vehicle is archived; restore it first"]);
  });

  it("lists only the organization's members who can do the work as technicians (no viewers)", async () => {
    const options = await listTechnicianOptions(ctx.staff);
    expect(options.map((o) => o.value).sort()).toEqual(
      Object.values(ctx)
        .filter((c) => c.role !== "viewer")
        .map((c) => c.userId)
        .sort(),
    );
  });
});

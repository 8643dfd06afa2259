// The loaders of the detail and edit pages: another organization's real id, an unknown id and a
// malformed one all end in notFound() (the page's 404), exactly like each other; the owner's id loads.
// tests/e2e/not-found.spec.ts proves that notFound() there answers HTTP 404 on every [id] page.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadAssetOfKind } from "@/app/(app)/_components/assets/load-asset";
import { loadCustomer } from "@/app/(app)/customers/[id]/load-customer";
import { loadImport } from "@/app/(app)/customers/imports/[id]/load-import";
import { loadWorkOrder } from "@/app/(app)/work-orders/[id]/load-work-order";
import type { Ctx } from "@/lib/auth/context";
import { createWorkOrder } from "@/lib/work-orders/mutations";
import { makeAssetRow, makeCustomer, makeOrgWithRoles, makeServiceCenter } from "@/tests/factories";
import { upload } from "../imports/helpers";

const NOT_FOUND_DIGEST = "NEXT_HTTP_ERROR_FALLBACK;404";

async function digestOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
  return undefined;
}

async function setup() {
  const [home, other] = await Promise.all([makeOrgWithRoles(), makeOrgWithRoles()]);
  const ctx = home.ctx.owner;
  const [customer, aircraft, vehicle, center, draft] = await Promise.all([
    makeCustomer(ctx),
    makeAssetRow(ctx.orgId, { kind: "aircraft" }),
    makeAssetRow(ctx.orgId, { kind: "vehicle" }),
    makeServiceCenter(ctx.orgId),
    upload(ctx, "Name\r\nLoader Test\r\n"),
  ]);
  const workOrder = await createWorkOrder(ctx, {
    serviceCenterId: center.id,
    assetId: aircraft.id,
    withoutCustomer: true,
  });
  const loaders: Record<string, { load: (ctx: Ctx, id: string) => Promise<{ id: string }>; id: string }> = {
    customer: { load: loadCustomer, id: customer.id },
    aircraft: { load: (c, id) => loadAssetOfKind(c, "aircraft", id), id: aircraft.id },
    vehicle: { load: (c, id) => loadAssetOfKind(c, "vehicle", id), id: vehicle.id },
    "work order": { load: loadWorkOrder, id: workOrder.id },
    import: { load: loadImport, id: draft.id },
  };
  return { ctx, otherOrg: other.ctx.owner, loaders };
}

describe("detail page loaders", () => {
  it("load their own organization's record and answer every other id with notFound()", async () => {
    const { ctx, otherOrg, loaders } = await setup();
    for (const [name, { load, id }] of Object.entries(loaders)) {
      expect((await load(ctx, id)).id, name).toBe(id);
      expect(await digestOf(load(otherOrg, id)), `${name}: another organization`).toBe(NOT_FOUND_DIGEST);
      for (const unknown of [randomUUID(), "not-a-uuid", "1' OR '1'='1", "%00"]) {
        expect(await digestOf(load(ctx, unknown)), `${name}: ${unknown}`).toBe(NOT_FOUND_DIGEST);
      }
    }
  });
});

// Duplicate links, other organizations' ids, archived assets and customers, and the permissions matrix.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { linkCustomer, setPrimaryLink, unlinkCustomer, updateLink } from "@/lib/asset-links/mutations";
import { listLinksForAsset, listLinksForCustomer } from "@/lib/asset-links/queries";
import { archiveCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { expectPrimary } from "./helpers";
import { makeAssetRow, makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

let ctx: Record<Role, Ctx>;
let staff: Ctx;
let other: Ctx;

beforeAll(async () => {
  ({ ctx, staff } = await makeOrgWithRoles());
  other = (await makeOrgWithRoles()).staff;
});

describe("duplicates and other organizations", () => {
  it("refuses to link the same customer twice with a clear CONFLICT", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const customer = await makeCustomer(staff);
    await linkCustomer(staff, { assetId: asset.id, customerId: customer.id });
    const again = await rejectionOf(
      linkCustomer(staff, { assetId: asset.id, customerId: customer.id, status: "former" }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe(
      "This customer is already linked to this aircraft or vehicle. Edit the existing link instead.",
    );
    expect(again.fieldErrors.customerId).toHaveLength(1);
  });

  it("treats another organization's asset, customer or link as NOT_FOUND", async () => {
    const [asset, customer] = [await makeAssetRow(staff.orgId), await makeCustomer(staff)];
    const [foreignAsset, foreignCustomer] = [await makeAssetRow(other.orgId), await makeCustomer(other)];
    const link = await linkCustomer(staff, { assetId: asset.id, customerId: customer.id });
    const attempts = [
      [
        () => linkCustomer(staff, { assetId: foreignAsset.id, customerId: customer.id }),
        "Aircraft or vehicle not found.",
      ],
      [() => linkCustomer(staff, { assetId: asset.id, customerId: foreignCustomer.id }), "Customer not found."],
      [() => linkCustomer(staff, { assetId: "not-a-uuid", customerId: customer.id }), "Aircraft or vehicle not found."],
      [() => updateLink(other, link.id, { notes: "x" }), "Link not found."],
      [() => setPrimaryLink(other, link.id), "Link not found."],
      [() => unlinkCustomer(other, link.id), "Link not found."],
      [() => listLinksForAsset(other, asset.id), "Aircraft or vehicle not found."],
      [() => listLinksForCustomer(other, customer.id), "Customer not found."],
    ] as const;
    for (const [attempt, message] of attempts) {
      expect(await rejectionOf(attempt())).toMatchObject({ code: "NOT_FOUND", message });
    }
    expect(await db.assetCustomer.count({ where: { customerId: foreignCustomer.id } })).toBe(0);
    await expectPrimary(asset.id, link.id);
  });
});

describe("archived customers and assets", () => {
  it("cannot link an archived customer", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const customer = await makeCustomer(staff);
    await archiveCustomer(ctx.manager, customer.id);
    const refused = await rejectionOf(linkCustomer(staff, { assetId: asset.id, customerId: customer.id }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "This customer is archived. Restore it before linking it.",
    });
  });

  it("cannot make an archived customer's link primary", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const [a, b] = [await makeCustomer(staff), await makeCustomer(staff)];
    await linkCustomer(staff, { assetId: asset.id, customerId: a.id });
    const second = await linkCustomer(staff, { assetId: asset.id, customerId: b.id });
    await archiveCustomer(ctx.manager, b.id);
    expect((await rejectionOf(setPrimaryLink(staff, second.id))).code).toBe("CONFLICT");
  });

  it("cannot change the links of an archived asset, but still lists them", async () => {
    const asset = await makeAssetRow(staff.orgId, { kind: "vehicle" });
    const customer = await makeCustomer(staff);
    const link = await linkCustomer(staff, { assetId: asset.id, customerId: customer.id });
    await db.asset.update({ where: { id: asset.id }, data: { archivedAt: new Date() } });
    const message = "This vehicle is archived. Restore it before changing its customers.";
    const newCustomer = await makeCustomer(staff);
    const attempts = [
      () => linkCustomer(staff, { assetId: asset.id, customerId: newCustomer.id }),
      () => updateLink(staff, link.id, { status: "former" }),
      () => setPrimaryLink(staff, link.id),
      () => unlinkCustomer(staff, link.id),
    ];
    for (const attempt of attempts) expect(await rejectionOf(attempt())).toMatchObject({ code: "CONFLICT", message });
    expect((await listLinksForAsset(staff, asset.id)).map((l) => l.id)).toEqual([link.id]);
    expect((await listLinksForCustomer(staff, customer.id))[0]?.asset.archivedAt).toBeInstanceOf(Date);
  });
});

describe("permissions", () => {
  it("lets staff and above manage links, and viewers only read them", async () => {
    const asset = await makeAssetRow(staff.orgId);
    for (const role of ["owner", "admin", "manager", "staff"] as const) {
      const link = await linkCustomer(ctx[role], { assetId: asset.id, customerId: (await makeCustomer(staff)).id });
      await updateLink(ctx[role], link.id, { notes: role });
      await setPrimaryLink(ctx[role], link.id);
      if (role !== "staff") await unlinkCustomer(ctx[role], link.id);
    }
    const [link] = await listLinksForAsset(ctx.viewer, asset.id);
    expect(link).toMatchObject({ isPrimary: true, notes: "staff" });
    const customer = await makeCustomer(staff);
    const denied = [
      () => linkCustomer(ctx.viewer, { assetId: asset.id, customerId: customer.id }),
      () => updateLink(ctx.viewer, link!.id, { notes: "viewer" }),
      () => setPrimaryLink(ctx.viewer, link!.id),
      () => unlinkCustomer(ctx.viewer, link!.id),
    ];
    for (const attempt of denied) expect((await rejectionOf(attempt())).code).toBe("FORBIDDEN");
    expect(await listLinksForCustomer(ctx.viewer, customer.id)).toEqual([]);
  });
});

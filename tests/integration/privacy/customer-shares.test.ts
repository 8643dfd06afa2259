// Sharing a customer (lib/privacy/shares.ts, REST /customers/{id}/shares) and service-center teams
// (lib/service-centers/members.ts): who may share, targets, expiry, removal, and what each does to visibility.
import { describe, expect, it } from "vitest";
import * as sharesCollection from "@/app/api/v1/customers/[id]/shares/route";
import * as shareItem from "@/app/api/v1/customers/[id]/shares/[shareId]/route";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import { getCustomer } from "@/lib/customers/queries";
import { db } from "@/lib/db";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { updateVisibilitySettings } from "@/lib/privacy/settings";
import { listCustomerShares, removeCustomerShare, shareCustomer } from "@/lib/privacy/shares";
import { listServiceCenterMembers, setServiceCenterMembers } from "@/lib/service-centers/members";
import { call } from "@/tests/support/api";
import { makeCustomer, makeOrgWithRoles, makeServiceCenter, makeUser, rejectionOf, uniq } from "@/tests/factories";

const { org, ctx } = await makeOrgWithRoles();
await updateVisibilitySettings(ctx.admin, { visibilityMode: "own_and_shared" });

async function ownedBy(userId: string) {
  const customer = await makeCustomer(ctx.admin, { name: uniq("Shared "), email: `${uniq("s-")}@example.test` });
  await db.customer.update({ where: { id: customer.id }, data: { ownerId: userId } });
  return customer;
}

const masked = async (c: typeof ctx.staff, id: string) => (await getCustomer(c, id)).masked;

describe("sharing a customer", () => {
  it("its owner shares it with a member, who then sees it in full until the share is removed", async () => {
    const customer = await ownedBy(ctx.staff.userId!);
    expect(await masked(ctx.viewer, customer.id)).toBe(true);
    const share = await shareCustomer(ctx.staff, customer.id, { userId: ctx.viewer.userId });
    expect(share).toMatchObject({ user: { id: ctx.viewer.userId }, serviceCenter: null, expiresAt: null });
    expect(await masked(ctx.viewer, customer.id)).toBe(false);
    expect((await listCustomerShares(ctx.staff, customer.id)).map((s) => s.id)).toEqual([share.id]);
    await removeCustomerShare(ctx.staff, customer.id, share.id);
    expect(await masked(ctx.viewer, customer.id)).toBe(true);
  });

  it("only its owner and managers+ share it", async () => {
    const customer = await ownedBy(ctx.manager.userId!);
    const refused = await rejectionOf(shareCustomer(ctx.staff, customer.id, { userId: ctx.viewer.userId }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/owner or a manager/) });
    expect((await rejectionOf(listCustomerShares(ctx.viewer, customer.id))).code).toBe("FORBIDDEN");
    await expect(shareCustomer(ctx.admin, customer.id, { userId: ctx.staff.userId })).resolves.toBeTruthy();
  });

  it("validates the target and the expiry", async () => {
    const customer = await ownedBy(ctx.staff.userId!);
    const center = await makeServiceCenter(org.id);
    const other = await makeOrgWithRoles();
    const cases = [
      [{}, "userId"],
      [{ userId: ctx.viewer.userId, serviceCenterId: center.id }, "userId"],
      [{ userId: other.ctx.staff.userId }, "userId"],
      [{ serviceCenterId: (await makeServiceCenter(other.org.id)).id }, "serviceCenterId"],
      [{ userId: ctx.viewer.userId, expiresOn: "2001-01-01" }, "expiresOn"],
    ] as const;
    for (const [input, field] of cases) {
      const failure = await rejectionOf(shareCustomer(ctx.staff, customer.id, input));
      expect(failure.code, JSON.stringify(input)).toBe("VALIDATION");
      expect(Object.keys(failure.fieldErrors), JSON.stringify(input)).toContain(field);
    }
  });

  it("sharing again with the same target replaces its expiry; an expired share no longer counts", async () => {
    const customer = await ownedBy(ctx.staff.userId!);
    const first = await shareCustomer(ctx.staff, customer.id, { userId: ctx.viewer.userId, expiresOn: "2099-01-31" });
    const again = await shareCustomer(ctx.staff, customer.id, { userId: ctx.viewer.userId, expiresOn: "" });
    expect(again).toMatchObject({ id: first.id, expiresAt: null, expired: false });
    expect(await db.customerShare.count({ where: { customerId: customer.id } })).toBe(1);
    expect(await masked(ctx.viewer, customer.id)).toBe(false);
    await db.customerShare.update({ where: { id: first.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await masked(ctx.viewer, customer.id)).toBe(true);
    expect((await listCustomerShares(ctx.staff, customer.id))[0]).toMatchObject({ expired: true });
  });

  it("removing another customer's share is NOT_FOUND", async () => {
    const [a, b] = await Promise.all([ownedBy(ctx.staff.userId!), ownedBy(ctx.staff.userId!)]);
    const share = await shareCustomer(ctx.staff, a.id, { userId: ctx.viewer.userId });
    expect((await rejectionOf(removeCustomerShare(ctx.staff, b.id, share.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(removeCustomerShare(ctx.staff, b.id, "not-a-uuid"))).code).toBe("NOT_FOUND");
  });
});

describe("service-center teams", () => {
  it("a share with a center reaches exactly its members; leaving the team ends it", async () => {
    const customer = await ownedBy(ctx.manager.userId!);
    const center = await makeServiceCenter(org.id);
    const colleague = await makeUser(org.id, "staff");
    await setServiceCenterMembers(ctx.admin, center.id, { userIds: [ctx.staff.userId!] });
    await shareCustomer(ctx.manager, customer.id, { serviceCenterId: center.id });
    expect(await masked(ctx.staff, customer.id)).toBe(false);
    expect(await masked({ ...ctx.staff, userId: colleague.id }, customer.id)).toBe(true);
    expect((await listServiceCenterMembers(ctx.viewer))[center.id]?.map((m) => m.id)).toEqual([ctx.staff.userId]);
    await setServiceCenterMembers(ctx.admin, center.id, { userIds: [colleague.id] });
    expect(await masked(ctx.staff, customer.id)).toBe(true);
    expect(await masked({ ...ctx.staff, userId: colleague.id }, customer.id)).toBe(false);
  });

  it("only admins set a team, of the organization's members only", async () => {
    const center = await makeServiceCenter(org.id);
    expect((await rejectionOf(setServiceCenterMembers(ctx.manager, center.id, { userIds: [] }))).code).toBe(
      "FORBIDDEN",
    );
    const other = await makeOrgWithRoles();
    const failure = await rejectionOf(
      setServiceCenterMembers(ctx.admin, center.id, { userIds: [other.ctx.staff.userId!] }),
    );
    expect(failure.code).toBe("VALIDATION");
  });
});

describe("REST /customers/{id}/shares", () => {
  it("lists, creates and removes shares with a manager's key; a staff key is refused", async () => {
    const customer = await ownedBy(ctx.staff.userId!);
    const keyOf = async (role: "manager" | "staff", userId: string) =>
      (await createApiKeyWithSecret(db, { orgId: org.id, name: uniq("key "), role, createdById: userId })).key;
    const [manager, staff] = await Promise.all([
      keyOf("manager", ctx.manager.userId!),
      keyOf("staff", ctx.staff.userId!),
    ]);
    const id = customer.id;
    const path = `/api/v1/customers/${id}/shares`;
    const created = await call(sharesCollection.POST, "POST", path, {
      key: manager,
      params: { id },
      body: { userId: ctx.viewer.userId, expiresOn: "2099-12-31" },
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ customerId: id, user: { id: ctx.viewer.userId }, expired: false });
    const listed = await call(sharesCollection.GET, "GET", path, { key: manager, params: { id } });
    expect(listed.json.data.map((s: { id: string }) => s.id)).toEqual([created.json.data.id]);
    // API keys own nothing: only managers' keys share, even the owner's own customers.
    expect((await call(sharesCollection.GET, "GET", path, { key: staff, params: { id } })).status).toBe(403);
    const shareId = created.json.data.id as string;
    const removed = await call(shareItem.DELETE, "DELETE", `${path}/${shareId}`, {
      key: manager,
      params: { id, shareId },
    });
    expect(removed.status).toBe(204);
    expect(await db.customerShare.count({ where: { customerId: id } })).toBe(0);
  });

  it("the OpenAPI document marks the maskable fields", () => {
    const schemas = buildOpenApiDocument().components.schemas as Record<
      string,
      { properties?: object; allOf?: object[] }
    >;
    const props = (name: string) => {
      const schema = schemas[name]!;
      return (schema.properties ??
        (schema.allOf?.find((part) => "properties" in part) as { properties: object }).properties) as Record<
        string,
        Record<string, unknown>
      >;
    };
    for (const field of ["email", "phone", "taxId", "addressLine1", "postalCode", "notes", "dateOfBirth"])
      expect(props("Customer")[field]?.["x-maskable"], `Customer.${field}`).toBe(true);
    for (const field of ["name", "accountNumber", "city", "status"])
      expect(props("Customer")[field]?.["x-maskable"], `Customer.${field}`).toBeUndefined();
    expect(props("CustomerSummary").email?.["x-maskable"]).toBe(true);
    expect(props("Contact").phone?.["x-maskable"]).toBe(true);
    // Nested: the snapshot's email, phone and billing address.
    expect(JSON.stringify(props("WorkOrder").customerSnapshot).match(/x-maskable/g)).toHaveLength(3);
    expect(props("Customer").masked?.type).toBe("boolean");
  });
});

// archiveCustomer / restoreCustomer / deleteCustomer, including refusing to delete a referenced customer.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { archiveCustomer, deleteCustomer, restoreCustomer } from "@/lib/customers/mutations";
import { getCustomer } from "@/lib/customers/queries";
import {
  makeAssetLinkRow,
  makeAssetRow,
  makeCustomer,
  makeOrgWithRoles,
  makeServiceCenter,
  rejectionOf,
} from "@/tests/factories";

let manager: Ctx;
let admin: Ctx;

beforeAll(async () => {
  ({
    admin,
    ctx: { manager },
  } = await makeOrgWithRoles());
});

describe("archiveCustomer and restoreCustomer", () => {
  it("archives with who and when, then restores clearing both; each bumps the version", async () => {
    const customer = await makeCustomer(manager);
    const archived = await archiveCustomer(manager, customer.id);
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(archived).toMatchObject({ archivedById: manager.userId, updatedById: manager.userId, version: 2 });
    expect((await getCustomer(manager, customer.id)).archivedBy?.id).toBe(manager.userId);
    const restored = await restoreCustomer(admin, customer.id);
    expect(restored).toMatchObject({ archivedAt: null, archivedById: null, updatedById: admin.userId, version: 3 });
  });

  it("refuses to archive an archived customer or restore an active one", async () => {
    const customer = await makeCustomer(manager);
    const notArchived = await rejectionOf(restoreCustomer(manager, customer.id));
    expect(notArchived).toMatchObject({ code: "CONFLICT", message: "This customer is not archived." });
    await archiveCustomer(manager, customer.id);
    const again = await rejectionOf(archiveCustomer(manager, customer.id));
    expect(again).toMatchObject({ code: "CONFLICT", message: "This customer is already archived." });
    expect((await getCustomer(manager, customer.id)).version).toBe(2);
  });
});

describe("deleteCustomer", () => {
  it("deletes permanently, after which the customer is not found", async () => {
    const customer = await makeCustomer(admin);
    await deleteCustomer(admin, customer.id);
    expect((await rejectionOf(getCustomer(admin, customer.id))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(deleteCustomer(admin, customer.id))).code).toBe("NOT_FOUND");
  });

  it("refuses while a database row references the customer (ON DELETE RESTRICT and NO ACTION)", async () => {
    await db.$executeRawUnsafe(
      `CREATE TABLE test_work_order (id serial PRIMARY KEY, customer_id uuid NOT NULL REFERENCES customer(id) ON DELETE RESTRICT)`,
    );
    await db.$executeRawUnsafe(
      `CREATE TABLE test_customer_link (id serial PRIMARY KEY, customer_id uuid NOT NULL REFERENCES customer(id))`,
    );
    const restricted = await makeCustomer(admin);
    const linked = await makeCustomer(admin);
    await db.$executeRaw`INSERT INTO test_work_order (customer_id) VALUES (${restricted.id}::uuid)`;
    await db.$executeRaw`INSERT INTO test_customer_link (customer_id) VALUES (${linked.id}::uuid)`;
    for (const customer of [restricted, linked]) {
      const { code, message } = await rejectionOf(deleteCustomer(admin, customer.id));
      expect(code).toBe("CONFLICT");
      expect(message).toBe("Other records still refer to this customer, so it cannot be deleted. Archive it instead.");
      expect((await getCustomer(admin, customer.id)).id).toBe(customer.id);
    }
    await db.$executeRaw`DELETE FROM test_work_order WHERE customer_id = ${restricted.id}::uuid`;
    await deleteCustomer(admin, restricted.id);
  });

  it("refuses with the counts of work orders and aircraft or vehicle links that refer to it", async () => {
    const customer = await makeCustomer(admin);
    const center = await makeServiceCenter(admin.orgId);
    const asset = await makeAssetRow(admin.orgId);
    const other = await makeAssetRow(admin.orgId);
    await makeAssetLinkRow(admin.orgId, asset.id, customer.id, { isPrimary: true });
    const workOrders = await Promise.all(
      [1, 2, 3].map((sequence) =>
        db.workOrder.create({
          data: {
            organizationId: admin.orgId,
            serviceCenterId: center.id,
            number: `${center.code}${sequence}`,
            sequence,
            assetId: asset.id,
            customerId: customer.id,
          },
        }),
      ),
    );
    const { code, message } = await rejectionOf(deleteCustomer(admin, customer.id));
    expect(code).toBe("CONFLICT");
    expect(message).toBe(
      "This customer has 3 work orders and 1 aircraft or vehicle link, so it cannot be deleted. Archive it instead.",
    );
    await db.workOrder.deleteMany({ where: { id: { in: workOrders.map((w) => w.id) } } });
    await makeAssetLinkRow(admin.orgId, other.id, customer.id);
    expect((await rejectionOf(deleteCustomer(admin, customer.id))).message).toBe(
      "This customer has 2 aircraft or vehicle links, so it cannot be deleted. Archive it instead.",
    );
    await db.assetCustomer.deleteMany({ where: { customerId: customer.id } });
    await deleteCustomer(admin, customer.id);
  });

  it("deletes archived customers too", async () => {
    const customer = await makeCustomer(admin);
    await archiveCustomer(admin, customer.id);
    await deleteCustomer(admin, customer.id);
    expect(await db.customer.count({ where: { id: customer.id } })).toBe(0);
  });
});

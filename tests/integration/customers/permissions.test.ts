// Who may do what with customers (each role × each operation), and other organizations' customers.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import {
  archiveCustomer,
  createCustomer,
  deleteCustomer,
  restoreCustomer,
  updateCustomer,
} from "@/lib/customers/mutations";
import { getCustomer, listCustomers, listCustomerTags } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { makeCustomer, makeOrgWithOutsider, rejectionOf } from "@/tests/factories";
import { expectAllowed, roleCases } from "@/tests/support/permissions";

const { ctx, outsider } = await makeOrgWithOutsider();

/** Runs `operation` on a fresh customer in the state it needs. */
const operations = {
  list: async (c: Ctx) => listCustomers(c, parseCustomerListParams({})),
  tags: async (c: Ctx) => listCustomerTags(c),
  get: async (c: Ctx) => getCustomer(c, (await makeCustomer(ctx.owner)).id),
  create: async (c: Ctx) => createCustomer(c, { name: "Created" }),
  update: async (c: Ctx) => updateCustomer(c, (await makeCustomer(ctx.owner)).id, { name: "Updated" }),
  archive: async (c: Ctx) => archiveCustomer(c, (await makeCustomer(ctx.owner)).id),
  restore: async (c: Ctx) => {
    const customer = await makeCustomer(ctx.owner);
    await archiveCustomer(ctx.owner, customer.id);
    return restoreCustomer(c, customer.id);
  },
  delete: async (c: Ctx) => deleteCustomer(c, (await makeCustomer(ctx.owner)).id),
};

type Operation = keyof typeof operations;

const allowed: Record<Role, Operation[]> = {
  viewer: ["list", "tags", "get"],
  staff: ["list", "tags", "get", "create", "update"],
  manager: ["list", "tags", "get", "create", "update", "archive", "restore"],
  admin: ["list", "tags", "get", "create", "update", "archive", "restore", "delete"],
  owner: ["list", "tags", "get", "create", "update", "archive", "restore", "delete"],
};

describe("customer permissions", () => {
  it.each(roleCases(operations, allowed))("%s → %s allowed: %s", async (role, op, isAllowed) => {
    await expectAllowed(operations[op](ctx[role]), isAllowed);
  });
});

describe("customers of another organization", () => {
  let foreignId: string;

  beforeAll(async () => {
    foreignId = (await makeCustomer(ctx.owner, { name: "Not yours" })).id;
  });

  it.each([
    ["get", () => getCustomer(outsider, foreignId)],
    ["update", () => updateCustomer(outsider, foreignId, { name: "Hijacked" })],
    ["archive", () => archiveCustomer(outsider, foreignId)],
    ["restore", () => restoreCustomer(outsider, foreignId)],
    ["delete", () => deleteCustomer(outsider, foreignId)],
  ])("are NOT_FOUND for %s, and stay untouched", async (_op, attempt) => {
    expect(await rejectionOf(attempt())).toMatchObject({ code: "NOT_FOUND", message: "Customer not found." });
    expect(await db.customer.findUnique({ where: { id: foreignId } })).toMatchObject({ name: "Not yours", version: 1 });
  });

  it.each(["not-a-uuid", "", "123", "00000000-0000-0000-0000-00000000000g"])(
    "treats the malformed id %j as NOT_FOUND",
    async (id) => {
      const attempts = [
        () => getCustomer(ctx.owner, id),
        () => updateCustomer(ctx.owner, id, { name: "X" }),
        () => archiveCustomer(ctx.owner, id),
        () => restoreCustomer(ctx.owner, id),
        () => deleteCustomer(ctx.owner, id),
      ];
      for (const attempt of attempts) expect((await rejectionOf(attempt())).code).toBe("NOT_FOUND");
    },
  );

  it("is NOT_FOUND for a well-formed id that does not exist", async () => {
    expect((await rejectionOf(getCustomer(ctx.owner, crypto.randomUUID()))).code).toBe("NOT_FOUND");
  });
});

// The predicates the pages, the data layer and bulk actions share: who may transfer, own, edit,
// run a bulk action on, or change a record.
import { describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { mayEditAsset } from "@/lib/assets/rules";
import { mayOwnCustomers, mayTransferCustomer } from "@/lib/customers/ownership/rules";
import { mayEditCustomer, mayRunBulkAction } from "@/lib/customers/rules";
import { mayChangeWorkOrder } from "@/lib/work-orders/rules";
import { ctxFor } from "@/tests/factories";

const keyOf = (ctx: Ctx): Ctx => ({ ...ctx, actor: "apiKey", apiKeyId: "key-1" });

describe("who may transfer a customer", () => {
  const owned = { ownerId: "user-1" };

  it("lets staff transfer the customers they own, and managers any customer", () => {
    expect(mayTransferCustomer(ctxFor("org", "user-1", "staff"), owned)).toBe(true);
    expect(mayTransferCustomer(ctxFor("org", "user-2", "staff"), owned)).toBe(false);
    expect(mayTransferCustomer(ctxFor("org", "user-2", "staff"), { ownerId: null })).toBe(false);
    expect(mayTransferCustomer(ctxFor("org", "user-2", "manager"), owned)).toBe(true);
  });

  it("never lets a viewer transfer, even one recorded as the owner", () => {
    expect(mayTransferCustomer(ctxFor("org", "user-1", "viewer"), owned)).toBe(false);
  });

  it("does not count an API key as the owner, even one its owner created", () => {
    expect(mayTransferCustomer(keyOf(ctxFor("org", "user-1", "staff")), owned)).toBe(false);
    expect(mayTransferCustomer(keyOf(ctxFor("org", "user-1", "manager")), owned)).toBe(true);
  });

  it("lets staff and above own customers, not viewers or unknown roles", () => {
    expect(["owner", "admin", "manager", "staff", "viewer", "guest"].map(mayOwnCustomers)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("who may edit a customer or an asset", () => {
  const active = { archivedAt: null };
  const archived = { archivedAt: new Date() };

  it("lets staff edit an active record, nobody an archived one, viewers none", () => {
    for (const may of [mayEditCustomer, mayEditAsset]) {
      expect(may("staff", active)).toBe(true);
      expect(may("owner", archived)).toBe(false);
      expect(may("viewer", active)).toBe(false);
    }
  });
});

describe("who may run a bulk action", () => {
  it("takes bulk work plus updating customers, or archiving them for archive", () => {
    expect(mayRunBulkAction("staff", "setStatus")).toBe(true);
    expect(mayRunBulkAction("staff", "archive")).toBe(false);
    expect(mayRunBulkAction("manager", "archive")).toBe(true);
    expect(mayRunBulkAction("viewer", "addTags")).toBe(false);
  });
});

describe("who may change a work order", () => {
  it("lets staff change an open work order, nobody a completed or void one", () => {
    expect(mayChangeWorkOrder("staff", { status: "in_progress" })).toBe(true);
    expect(mayChangeWorkOrder("owner", { status: "completed" })).toBe(false);
    expect(mayChangeWorkOrder("owner", { status: "void" })).toBe(false);
    expect(mayChangeWorkOrder("viewer", { status: "created" })).toBe(false);
  });
});

// A small valid body for every request body schema of the OpenAPI document, naming records of the
// caller's organization. The matrix checks each against the document and fails for a schema without one.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { uniq } from "@/tests/factories";
import type { Fixtures } from "./matrix-world";

type Body = Record<string, unknown>;

const code = () => randomUUID().replace(/-/g, "").slice(0, 8).toUpperCase();

export const exampleBodies: Record<string, (fx: Fixtures) => Promise<Body>> = {
  CustomerInput: async () => ({ kind: "company", name: uniq("Matrix Co ") }),
  CustomerPatch: async () => ({ city: "Reno" }),
  CustomerSearch: async () => ({ status: ["active"], tag: ["matrix"], tagMode: "all", asset: "any" }),
  MergeRequest: async (fx) => ({ from: [await fx.id("duplicate")], fields: { name: await fx.id("duplicate") } }),
  CustomerErasureRequest: async (fx) => {
    const customer = await db.customer.findUniqueOrThrow({ where: { id: await fx.id("customer") } });
    return { reason: "Matrix: the person asked", confirm: customer.name };
  },
  ContactErasureRequest: async (fx) => {
    const contact = await db.contact.findUniqueOrThrow({ where: { id: await fx.id("contact") } });
    return { reason: "Matrix: the person asked", confirm: contact.email };
  },
  CustomerShareInput: async (fx) => ({ serviceCenterId: await fx.id("serviceCenter"), expiresOn: "2099-12-31" }),
  DuplicateDismissInput: async () => ({ note: "Matrix: not the same company" }),
  BulkRequest: async (fx) => ({ action: "addTags", params: { tags: ["matrix"] }, ids: [await fx.id("customer")] }),
  ContactInput: async () => ({ firstName: "Grace", lastName: "Matrix", email: `${uniq("m-")}@example.test` }),
  ContactPatch: async () => ({ jobTitle: "Chief pilot" }),
  ActivityInput: async () => ({ type: "note", summary: "Matrix note" }),
  AssetInput: async () => ({ kind: "vehicle", make: "Ford", model: "Transit" }),
  AssetPatch: async () => ({ notes: "Matrix notes" }),
  AssetLinkInput: async (fx) => ({ customerId: await fx.id("customer") }),
  AssetLinkPatch: async () => ({ notes: "Matrix link" }),
  WorkOrderInput: async (fx) => ({
    serviceCenterId: await fx.id("serviceCenter"),
    assetId: await fx.id("asset"),
    withoutCustomer: true,
  }),
  WorkOrderPatch: async () => ({ priority: "high" }),
  ServiceCenterInput: async () => ({ name: uniq("Center "), code: code() }),
  ServiceCenterPatch: async () => ({ name: uniq("Center ") }),
  TierInput: async () => ({ name: uniq("Tier "), level: 1 + Math.floor(Math.random() * 1000), discountPercent: "2.5" }),
  TierPatch: async () => ({ benefits: "Matrix benefits" }),
  OwnershipTransferInput: async (fx) => ({ toUserId: await fx.id("user"), reason: "Matrix transfer" }),
  // A host that does not resolve: nothing leaves the machine.
  WebhookEndpointInput: async () => ({
    url: `https://${uniq("hooks-")}.invalid/rest`,
    eventTypes: ["customer.updated"],
  }),
  WebhookEndpointPatch: async () => ({ description: "Matrix endpoint" }),
  WebhookReplay: async () => ({ since: "2026-01-01T00:00:00.000Z" }),
  SavedViewInput: async () => ({ resource: "customers", name: uniq("View ") }),
  SavedViewPatch: async () => ({ name: uniq("View ") }),
};

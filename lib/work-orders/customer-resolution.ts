import "server-only";
// Which customer a work order bills, decided by the server from the asset's links, and the snapshot
// of that customer's name and billing address taken when it is chosen.
import type { Prisma, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findPrimaryLink } from "@/lib/asset-links/queries";
import { findCustomerInOrg } from "@/lib/customers/lookup";

export type WorkOrderCustomerSnapshot = {
  name: string;
  accountNumber: string | null;
  email: string | null;
  phone: string | null;
  billingAddress: {
    line1: string | null;
    line2: string | null;
    city: string | null;
    region: string | null;
    postalCode: string | null;
    country: string | null;
  };
};

export interface ResolvedCustomer {
  customerId: string | null;
  customerName: string | null;
  customerSnapshot: WorkOrderCustomerSnapshot | null;
}

/** The customer columns a work order's snapshot is taken from. */
export const snapshotSelect = {
  id: true,
  name: true,
  accountNumber: true,
  email: true,
  phone: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  region: true,
  postalCode: true,
  country: true,
} satisfies Prisma.CustomerSelect;

export type SnapshotSource = Prisma.CustomerGetPayload<{ select: typeof snapshotSelect }>;

export const noCustomer: ResolvedCustomer = { customerId: null, customerName: null, customerSnapshot: null };

export function toResolved(customer: SnapshotSource): ResolvedCustomer {
  return {
    customerId: customer.id,
    customerName: customer.name,
    customerSnapshot: {
      name: customer.name,
      accountNumber: customer.accountNumber,
      email: customer.email,
      phone: customer.phone,
      billingAddress: {
        line1: customer.addressLine1,
        line2: customer.addressLine2,
        city: customer.city,
        region: customer.region,
        postalCode: customer.postalCode,
        country: customer.country,
      },
    },
  };
}

export interface AssetRef {
  id: string;
  kind: "aircraft" | "vehicle";
}

/** The asset's primary customer (always a current link), or no customer. */
async function resolvePrimaryCustomer(tx: Tx, orgId: string, assetId: string): Promise<ResolvedCustomer> {
  const link = await findPrimaryLink(tx, orgId, assetId);
  if (!link) return noCustomer;
  const customer = await tx.customer.findFirst({
    where: { id: link.customerId, organizationId: orgId },
    select: snapshotSelect,
  });
  return customer ? toResolved(customer) : noCustomer;
}

/**
 * A customer the client chose: it must belong to the organization (else NOT_FOUND) and have a
 * current link to the asset (else a VALIDATION error on `customerId`).
 */
export async function resolveLinkedCustomer(
  tx: Tx,
  orgId: string,
  asset: AssetRef,
  customerId: string,
): Promise<ResolvedCustomer> {
  const customer = await findCustomerInOrg(tx, orgId, customerId);
  const link = await tx.assetCustomer.findFirst({
    where: { organizationId: orgId, assetId: asset.id, customerId: customer.id, status: "current" },
    select: { id: true },
  });
  if (!link) {
    const message = `${customer.name} is not linked to this ${asset.kind === "aircraft" ? "aircraft" : "vehicle"}`;
    throw new AppError("VALIDATION", `${message}.`, { customerId: [message] });
  }
  return toResolved(customer);
}

/** The message when an asset with no current customer is opened without `withoutCustomer: true`. */
const withoutCustomerRequired = "Link a customer first, or confirm opening without a customer.";

/**
 * On create: `withoutCustomer` → none; a chosen id → that linked customer; otherwise the primary.
 * An asset with no current customer bills no one, so that takes an explicit `withoutCustomer: true`
 * (the form's checkbox, the API's field): never a work order left without a customer by accident.
 */
export async function resolveCustomerForCreate(
  tx: Tx,
  orgId: string,
  asset: AssetRef,
  choice: { customerId?: string | null; withoutCustomer: boolean },
): Promise<ResolvedCustomer> {
  if (choice.withoutCustomer) return noCustomer;
  if (choice.customerId) return resolveLinkedCustomer(tx, orgId, asset, choice.customerId);
  const primary = await resolvePrimaryCustomer(tx, orgId, asset.id);
  if (primary.customerId === null && !(await hasCurrentCustomer(tx, orgId, asset.id))) {
    const noun = asset.kind === "aircraft" ? "aircraft" : "vehicle";
    throw new AppError(
      "VALIDATION",
      `This ${noun} has no current customer: link one first, or send \`withoutCustomer: true\` to open the work order without one.`,
      { withoutCustomer: [withoutCustomerRequired] },
    );
  }
  return primary;
}

/** Whether the asset has a current link (to any customer, archived ones included: the form lists them). */
async function hasCurrentCustomer(tx: Tx, orgId: string, assetId: string): Promise<boolean> {
  const link = await tx.assetCustomer.findFirst({
    where: { organizationId: orgId, assetId, status: "current" },
    select: { id: true },
  });
  return link !== null;
}

import "server-only";
// Where the new-work-order form starts: an asset given by `?assetId=`, or a customer given by
// `?customerId=` whose aircraft and vehicles the picker lists first (the only one is picked for you).
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { isAppError } from "@/lib/errors";
import { searchAssetOptions } from "@/lib/assets/queries";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { loadWorkOrderAsset, type WorkOrderAssetInfo } from "@/lib/work-orders/asset-info";

export interface WorkOrderStartCustomer {
  id: string;
  name: string;
}

export interface WorkOrderStart {
  /** The customer the form was opened from (not archived), whose assets come first. */
  customer: WorkOrderStartCustomer | null;
  asset: WorkOrderAssetInfo | null;
}

interface WorkOrderAssetOption {
  value: string;
  label: string;
  description: string;
}

/** A NOT_FOUND lookup (bad, unknown or another organization's id) just means "nothing preselected". */
async function orNull<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

async function findStartCustomer(ctx: Ctx, customerId: string): Promise<WorkOrderStartCustomer | null> {
  if (!customerId) return null;
  assertCan(ctx, "customer:read");
  const customer = await orNull(findCustomerInOrg(db, ctx.orgId, customerId));
  return customer && !customer.archivedAt ? { id: customer.id, name: customer.name } : null;
}

/** The preselected asset (an archived one cannot be used): the given one, else the customer's only one. */
async function findStartAsset(
  ctx: Ctx,
  assetId: string,
  customer: WorkOrderStartCustomer | null,
): Promise<WorkOrderAssetInfo | null> {
  let id = assetId;
  if (!id && customer) {
    const linked = await searchAssetOptions(ctx, { q: "", linkedTo: customer.id, limit: 2 });
    const [only] = linked;
    if (!only || linked.length > 1) return null;
    id = only.id;
  }
  if (!id) return null;
  const asset = await orNull(loadWorkOrderAsset(ctx, id));
  return asset && !asset.archived ? asset : null;
}

export async function loadWorkOrderStart(
  ctx: Ctx,
  { assetId, customerId }: { assetId: string; customerId: string },
): Promise<WorkOrderStart> {
  assertCan(ctx, "workOrder:create");
  const customer = await findStartCustomer(ctx, customerId);
  return { customer, asset: await findStartAsset(ctx, assetId, customer) };
}

const kindLabel = (kind: "aircraft" | "vehicle") => (kind === "aircraft" ? "Aircraft" : "Vehicle");

/** The asset picker's options: with `customerId`, that customer's current aircraft and vehicles first. */
export async function searchWorkOrderAssets(
  ctx: Ctx,
  { q, customerId }: { q: string; customerId?: string | null },
): Promise<WorkOrderAssetOption[]> {
  const customer = customerId ? await findStartCustomer(ctx, customerId) : null;
  const [linked, all] = await Promise.all([
    customer ? searchAssetOptions(ctx, { q, linkedTo: customer.id, limit: 20 }) : [],
    searchAssetOptions(ctx, { q, limit: 20 }),
  ]);
  const linkedIds = new Set(linked.map((option) => option.id));
  return [
    ...linked.map((option) => ({
      value: option.id,
      label: option.label,
      description: `${kindLabel(option.kind)} · ${customer?.name}`,
    })),
    ...all
      .filter((option) => !linkedIds.has(option.id))
      .map((option) => ({ value: option.id, label: option.label, description: kindLabel(option.kind) })),
  ];
}

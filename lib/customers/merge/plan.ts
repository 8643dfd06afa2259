import "server-only";
// What a merge would do, read inside the caller's transaction: the customers (checked: same organization,
// none merged already, the survivor not archived, versions as seen), the surviving value of each field
// group, and every row that moves — the dry run answers exactly this, and the real run carries it out.
import type { Tx } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import type { Customer } from "@/lib/generated/prisma/client";
import type { Ctx } from "@/lib/auth/context";
import { normalizeTags } from "@/lib/fields/normalize";
import { customerFieldNames, recordedCustomerValue } from "@/lib/customers/fields";
import { customerInputSchema, type CustomerData } from "@/lib/customers/schemas";
import { parseWith } from "@/lib/validation";
import { hasConsentValue } from "@/lib/consent/options";
import {
  mergeFieldGroupNames,
  mergeFieldGroups,
  type MergeFieldGroup,
  type MergeRequest,
} from "@/lib/customers/merge/schemas";
import { findMoves, type MergeMoves } from "@/lib/customers/merge/moves";

interface MergeFieldChoice {
  /** The customer whose value survives. */
  from: string;
  /** The group's columns as they will be (recorded form: dates as YYYY-MM-DD, money as text). */
  values: Record<string, unknown>;
  /** Whether the customers' values differ (a choice was needed). */
  differs: boolean;
}

export interface MergePlan {
  survivorId: string;
  mergedIds: string[];
  customers: { id: string; name: string; version: number }[];
  fields: Record<MergeFieldGroup, MergeFieldChoice>;
  tags: string[];
  moves: MergeMoves;
  /**
   * The survivor's owner changes to the chosen customer's: the merge records it in the survivor's ownership
   * history (undo removes it). Null when the owner stays, or when none is chosen (no one to transfer to).
   */
  ownerChange: { fromUserId: string | null; toUserId: string } | null;
}

/** Locks (for the real run) and reads the customers, survivor first; refuses what cannot be merged. */
async function loadMergeCustomers(
  tx: Tx,
  ctx: Ctx,
  survivorId: string,
  request: MergeRequest,
  opts: { lock: boolean },
): Promise<Customer[]> {
  const ids = [survivorId, ...request.from].map((id) => id.toLowerCase());
  if (request.from.some((id) => id.toLowerCase() === survivorId.toLowerCase())) {
    throw new AppError("VALIDATION", "A customer cannot be merged into itself.", {
      from: ["Leave the surviving customer out of `from`"],
    });
  }
  // The lock order: every involved customer, by id, before anything else (two merges never deadlock).
  if (opts.lock) {
    await tx.$queryRaw`SELECT id FROM customer WHERE organization_id = ${ctx.orgId} AND id = ANY(${ids}::uuid[])
      ORDER BY id FOR UPDATE`;
  }
  const rows = await tx.customer.findMany({ where: { organizationId: ctx.orgId, id: { in: ids } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const customers = ids.map((id) => byId.get(id));
  if (customers.some((customer) => !customer)) throw notFound("Customer");
  const found = customers as Customer[];
  for (const [index, customer] of found.entries()) {
    if (customer.mergedIntoId) {
      throw conflict(
        index === 0
          ? `${customer.name} was merged into another customer, so nothing can be merged into it.`
          : `${customer.name} was already merged into another customer and cannot be merged again.`,
      );
    }
    const seen = request.versions?.[customer.id];
    if (seen !== undefined && seen !== customer.version) {
      throw conflict(
        `${customer.name} was changed since you compared the customers. Reload and check the values again.`,
      );
    }
  }
  if (found[0]!.archivedAt) throw conflict(`Restore ${found[0]!.name} before merging customers into it.`);
  return found;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/** Whether a customer has anything in the group (a shipping address only when kept apart from billing). */
function hasValue(group: MergeFieldGroup, customer: Customer): boolean {
  if (group === "shipping") return customer.shippingSameAsBilling === false;
  if (group === "consent") return hasConsentValue(customer);
  const columns = mergeFieldGroups[group] as readonly string[];
  return columns.some((column) => !isEmpty((customer as Record<string, unknown>)[column]));
}

function groupValues(group: MergeFieldGroup, customer: Customer): Record<string, unknown> {
  const record = customer as Record<string, unknown>;
  return Object.fromEntries(
    mergeFieldGroups[group].map((column) => {
      const value = recordedCustomerValue(column, record[column]);
      return [column, value !== null && typeof value === "object" && "toFixed" in value ? String(value) : value];
    }),
  );
}

/** The default: of the customers with a value, the most recently updated (the survivor on a tie). */
function defaultSource(group: MergeFieldGroup, customers: Customer[]): string {
  const withValue = customers.filter((customer) => hasValue(group, customer));
  if (withValue.length === 0) return customers[0]!.id;
  return withValue.reduce((best, customer) => (customer.updatedAt > best.updatedAt ? customer : best)).id;
}

/** The surviving value of every group: the request's choice, else the default. */
function chooseFields(customers: Customer[], request: MergeRequest): Record<MergeFieldGroup, MergeFieldChoice> {
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const chosen = {} as Record<MergeFieldGroup, MergeFieldChoice>;
  for (const group of mergeFieldGroupNames) {
    const requested = request.fields[group]?.toLowerCase();
    if (requested !== undefined && !byId.has(requested)) {
      throw new AppError("VALIDATION", `The value of ${group} must come from one of the merged customers.`, {
        fields: [`${group}: choose the survivor or a customer in \`from\``],
      });
    }
    const from = requested ?? defaultSource(group, customers);
    const texts = new Set(customers.map((customer) => JSON.stringify(groupValues(group, customer))));
    chosen[group] = { from, values: groupValues(group, byId.get(from)!), differs: texts.size > 1 };
  }
  return chosen;
}

/** The survivor's tags followed by the others' new ones. */
const unionTags = (customers: Customer[]) => normalizeTags(customers.flatMap((customer) => customer.tags));

/** The survivor's editable fields after the merge, validated as a whole like any edit (plus its owner). */
export function survivorData(plan: MergePlan): { data: CustomerData; ownerId: string | null } {
  const values: Record<string, unknown> = {};
  for (const group of mergeFieldGroupNames) Object.assign(values, plan.fields[group].values);
  const input = Object.fromEntries(customerFieldNames.map((field) => [field, values[field] ?? null]));
  const data = parseWith(customerInputSchema, { ...input, tags: plan.tags });
  return { data, ownerId: (values.ownerId as string | null) ?? null };
}

/** The whole plan; with `lock`, the customers and then their aircraft and vehicles are locked first. */
export async function buildMergePlan(
  tx: Tx,
  ctx: Ctx,
  survivorId: string,
  request: MergeRequest,
  opts: { lock: boolean },
): Promise<{ plan: MergePlan; customers: Customer[] }> {
  const customers = await loadMergeCustomers(tx, ctx, survivorId, request, opts);
  const [survivor, ...merged] = customers;
  const fields = chooseFields(customers, request);
  const plan: MergePlan = {
    survivorId: survivor!.id,
    mergedIds: merged.map((customer) => customer.id),
    customers: customers.map(({ id, name, version }) => ({ id, name, version })),
    fields,
    tags: unionTags(customers),
    moves: await findMoves(tx, ctx.orgId, survivor!.id, merged, opts),
    ownerChange: ownerChange(survivor!.ownerId, fields.owner.values.ownerId),
  };
  survivorData(plan);
  return { plan, customers };
}

function ownerChange(current: string | null, chosen: unknown): MergePlan["ownerChange"] {
  return typeof chosen === "string" && chosen !== current ? { fromUserId: current, toUserId: chosen } : null;
}

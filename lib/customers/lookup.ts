import "server-only";
// Finds one customer of the acting organization; any other id is NOT_FOUND (no existence leak). A merged
// customer (a tombstone) is not found either, but says where it went (MergedCustomerError), so pages and
// GET requests can redirect to the survivor.
import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Customer } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";

/** A merge chain (A into B, later B into C) is followed this far at most. */
const MAX_MERGE_HOPS = 20;

/** NOT_FOUND for a merged customer, carrying the customer it (finally) lives on in. */
export class MergedCustomerError extends AppError {
  readonly mergedIntoId: string;

  constructor(
    readonly customerId: string,
    mergedIntoId: string,
  ) {
    super("NOT_FOUND", `This customer was merged into customer ${mergedIntoId}.`);
    this.name = "MergedCustomerError";
    this.mergedIntoId = mergedIntoId;
  }
}

export function isMergedCustomerError(error: unknown): error is MergedCustomerError {
  return error instanceof MergedCustomerError;
}

/** The live customer a tombstone's merges lead to (following later merges of its survivor). */
export async function findSurvivorId(client: Tx, orgId: string, mergedIntoId: string): Promise<string> {
  let id = mergedIntoId;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const next = await client.customer.findFirst({
      where: { id, organizationId: orgId },
      select: { mergedIntoId: true },
    });
    if (!next?.mergedIntoId) return id;
    id = next.mergedIntoId;
  }
  return id;
}

/** Throws MergedCustomerError when `customer` is a tombstone. */
export async function assertNotMerged(
  client: Tx,
  orgId: string,
  customer: { id: string; mergedIntoId: string | null },
): Promise<void> {
  if (customer.mergedIntoId === null) return;
  throw new MergedCustomerError(customer.id, await findSurvivorId(client, orgId, customer.mergedIntoId));
}

export async function findCustomerInOrg(client: Tx, orgId: string, id: string): Promise<Customer> {
  const customer = isUuid(id) ? await client.customer.findFirst({ where: { id, organizationId: orgId } }) : null;
  if (!customer) throw notFound("Customer");
  await assertNotMerged(client, orgId, customer);
  return customer;
}

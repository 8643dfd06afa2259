import "server-only";
// Finds one customer of the acting organization; any other id is NOT_FOUND (no existence leak).
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Customer } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";

export async function findCustomerInOrg(client: Tx, orgId: string, id: string): Promise<Customer> {
  const customer = isUuid(id) ? await client.customer.findFirst({ where: { id, organizationId: orgId } }) : null;
  if (!customer) throw notFound("Customer");
  return customer;
}

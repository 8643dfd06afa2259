import "server-only";
// Finds one customer of the acting organization; any other id is NOT_FOUND (no existence leak).
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Customer } from "@/lib/generated/prisma/client";

/** Ids that are not UUIDs cannot name a customer; checking first avoids a database cast error. */
function isCustomerId(id: string): boolean {
  return z.regexes.guid.test(id);
}

export async function findCustomerInOrg(client: Tx, orgId: string, id: string): Promise<Customer> {
  const customer = isCustomerId(id) ? await client.customer.findFirst({ where: { id, organizationId: orgId } }) : null;
  if (!customer) throw notFound("Customer");
  return customer;
}

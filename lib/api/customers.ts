// The customer resource as integrators see it: every stored field except internal search data.
import type { Customer } from "@/lib/generated/prisma/client";

export type CustomerResource = Omit<Customer, "searchText" | "organizationId">;

export function toCustomerResource(customer: Customer): CustomerResource {
  const { searchText: _searchText, organizationId: _organizationId, ...resource } = customer;
  return resource;
}

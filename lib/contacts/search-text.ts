import "server-only";
// Keeps a customer's search text in step with its live contacts (names, emails, phone digits).
import type { Tx } from "@/lib/db";
import { customerSearchText } from "@/lib/customers/search-text";

const contactSearchSelect = { firstName: true, lastName: true, email: true, phone: true, mobile: true } as const;

/**
 * Recomputes the customer's search text from its own fields and its live contacts. Callers hold the
 * customer's row lock. Written with SQL so neither `updatedAt` nor `version` changes.
 */
export async function refreshCustomerSearchText(tx: Tx, orgId: string, customerId: string): Promise<void> {
  const customer = await tx.customer.findFirstOrThrow({
    where: { id: customerId, organizationId: orgId },
    select: {
      name: true,
      displayName: true,
      firstName: true,
      lastName: true,
      accountNumber: true,
      email: true,
      phone: true,
      secondaryPhone: true,
      contacts: {
        where: { deletedAt: null },
        select: contactSearchSelect,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  const { contacts, ...fields } = customer;
  const searchText = customerSearchText(fields, contacts);
  await tx.$executeRaw`
    UPDATE customer SET search_text = ${searchText}
    WHERE id = ${customerId}::uuid AND organization_id = ${orgId}`;
}

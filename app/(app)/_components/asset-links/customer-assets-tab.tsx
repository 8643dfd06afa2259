// A customer's aircraft & vehicles tab: its links from the customer's side, with the same actions.
import { requireCtx } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listLinksForCustomer } from "@/lib/asset-links/queries";
import { LinkDialog } from "./link-dialog";
import { LinksTable } from "./links-table";
import { LinksEmptyState } from "./links-empty-state";
import { fromCustomerLink } from "./link-view";

export async function CustomerAssetsTab({ customerId, archived = false }: { customerId: string; archived?: boolean }) {
  const ctx = await requireCtx();
  const links = (await listLinksForCustomer(ctx, customerId)).map(fromCustomerLink);
  const canManage = can(ctx.role, "assetLink:manage");
  return (
    <section aria-label="Aircraft and vehicles" className="flex flex-col gap-4">
      {/* An archived customer cannot be linked to more assets; its existing links stay editable. */}
      {canManage && !archived ? (
        <div className="flex justify-end">
          <LinkDialog side="customer" customerId={customerId} />
        </div>
      ) : null}
      {links.length > 0 ? (
        <LinksTable links={links} side="customer" canManage={canManage} caption="Linked aircraft and vehicles" />
      ) : (
        <LinksEmptyState text="No aircraft or vehicles are linked to this customer yet." />
      )}
    </section>
  );
}

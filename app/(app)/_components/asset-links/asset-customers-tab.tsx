// An aircraft's or vehicle's customers tab: the linked customers, and for staff the link controls.
import { requireCtx } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listLinksForAsset } from "@/lib/asset-links/queries";
import { LinkDialog } from "./link-dialog";
import { LinksTable } from "./links-table";
import { LinksEmptyState } from "./links-empty-state";
import { fromAssetLink } from "./link-view";

export async function AssetCustomersTab({ assetId, archived = false }: { assetId: string; archived?: boolean }) {
  const ctx = await requireCtx();
  const links = (await listLinksForAsset(ctx, assetId)).map(fromAssetLink);
  // Links of an archived asset are kept as history but cannot change.
  const canManage = can(ctx.role, "assetLink:manage") && !archived;
  return (
    <section aria-label="Customers" className="flex flex-col gap-4">
      {canManage ? (
        <div className="flex justify-end">
          <LinkDialog side="asset" assetId={assetId} />
        </div>
      ) : null}
      {links.length > 0 ? (
        <LinksTable links={links} side="asset" canManage={canManage} caption="Linked customers" />
      ) : (
        <LinksEmptyState text="No customers are linked yet. Link the owner, operator or lessee to see them here." />
      )}
    </section>
  );
}

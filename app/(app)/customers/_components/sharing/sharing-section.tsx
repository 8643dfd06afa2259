// The Overview's Sharing card (RSC), for the customer's owner and managers+: who else sees its full details when
// the organization's visibility mode is "own and shared", with Share and Remove.
import { DetailCard } from "@/components/detail-section";
import { requireCtx } from "@/lib/auth/session";
import type { CustomerDetail } from "@/lib/customers/queries";
import { listCustomerShares, mayShareCustomer } from "@/lib/privacy/shares";
import { getVisibilityMode } from "@/lib/privacy/visibility";
import { listMemberRefs } from "@/lib/service-centers/members";
import { listServiceCenters } from "@/lib/service-centers/queries";
import { LocalDate } from "@/components/time";
import { RemoveShareButton, ShareCustomerDialog } from "./share-customer-dialog";

export async function SharingSection({ customer }: { customer: CustomerDetail }) {
  const ctx = await requireCtx();
  if (customer.archivedAt !== null || !mayShareCustomer(ctx, customer)) return null;
  const [shares, members, centers, mode] = await Promise.all([
    listCustomerShares(ctx, customer.id),
    listMemberRefs(ctx),
    listServiceCenters(ctx, { activeOnly: true }),
    getVisibilityMode(ctx),
  ]);

  return (
    <DetailCard title="Sharing" className="lg:col-span-2">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="max-w-prose text-sm text-muted-foreground">
          {mode === "everyone"
            ? "Everyone in the organization sees every customer now; shares count once staff see only their own customers (Settings → Privacy)."
            : "Staff and viewers see this customer's full details only if they own it or it is shared with them or their service center."}
        </p>
        <ShareCustomerDialog
          customerId={customer.id}
          members={members.filter((member) => member.id !== customer.ownerId)}
          centers={centers.map(({ id, code, name }) => ({ id, code, name }))}
        />
      </div>
      {shares.length === 0 ? (
        <p className="mt-3 text-sm text-muted-foreground">Not shared with anyone.</p>
      ) : (
        <ul aria-label="Shares" className="mt-3 flex flex-col divide-y text-sm">
          {shares.map((share) => {
            const target =
              share.user?.name ?? (share.serviceCenter ? `${share.serviceCenter.name} (service center)` : "");
            return (
              <li key={share.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{target}</span>
                  <span className="text-muted-foreground">
                    {" · "}
                    {share.expiresAt ? (
                      <>
                        {share.expired ? "expired " : "until "}
                        <LocalDate date={share.expiresAt} withTime />
                      </>
                    ) : (
                      "no expiry"
                    )}
                  </span>
                </span>
                <RemoveShareButton customerId={customer.id} shareId={share.id} target={target} />
              </li>
            );
          })}
        </ul>
      )}
    </DetailCard>
  );
}

// The Overview's Ownership card (RSC): the owner, "Transfer ownership" for the owner and managers+,
// and the history of transfers (from → to, by, when, why), newest first.
import { DetailCard, DetailItem, DetailList } from "@/components/detail-section";
import { requireCtx } from "@/lib/auth/session";
import { listOwnerOptions, listOwnershipTransfers } from "@/lib/customers/ownership/queries";
import { mayTransferCustomer } from "@/lib/customers/ownership/rules";
import type { CustomerDetail } from "@/lib/customers/queries";
import { LocalDate } from "@/components/time";
import { TransferOwnershipDialog } from "./transfer-ownership-dialog";

export async function OwnershipSection({ customer }: { customer: CustomerDetail }) {
  const ctx = await requireCtx();
  const canTransfer = customer.archivedAt === null && mayTransferCustomer(ctx, customer);
  const [transfers, members] = await Promise.all([
    listOwnershipTransfers(ctx, customer.id),
    canTransfer ? listOwnerOptions(ctx) : [],
  ]);

  return (
    <DetailCard title="Ownership" className="lg:col-span-2">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <DetailList>
          <DetailItem label="Owner">{customer.owner?.name ?? "No owner"}</DetailItem>
        </DetailList>
        {canTransfer ? (
          <TransferOwnershipDialog
            customerId={customer.id}
            members={members.filter((member) => member.id !== customer.ownerId)}
          />
        ) : null}
      </div>
      <section aria-labelledby="ownership-history-heading" className="mt-4">
        <h3 id="ownership-history-heading" className="mb-2 text-sm font-medium">
          Ownership history
        </h3>
        {transfers.length === 0 ? (
          <p className="text-sm text-muted-foreground">No transfers yet.</p>
        ) : (
          <ol className="flex flex-col gap-3 text-sm">
            {transfers.map((t) => (
              <li key={t.id} className="border-l-2 pl-3">
                <p>
                  <span className="font-medium">{t.from?.name ?? "No owner"}</span> →{" "}
                  <span className="font-medium">{t.to?.name ?? "Former member"}</span>
                </p>
                <p className="text-muted-foreground">
                  by {t.by?.name ?? "an integration"} · <LocalDate date={t.createdAt} withTime />
                </p>
                <p className="whitespace-pre-wrap">{t.reason}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </DetailCard>
  );
}

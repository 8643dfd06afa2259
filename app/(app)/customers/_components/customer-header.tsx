// The detail page's header: name, kind, status, Edit and the Actions menu, and the archived banner.
import Link from "next/link";
import { Building2Icon, LockIcon, PencilIcon, UserIcon } from "lucide-react";

import { ArchivedBanner, DetailHeader } from "@/components/detail-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { can, type Role } from "@/lib/auth/permissions";
import type { CustomerDetail } from "@/lib/customers/queries";
import { mayEditCustomer } from "@/lib/customers/rules";
import { CustomerActionsMenu, RestoreCustomerButton } from "./customer-actions-menu";
import { ArchivedBadge } from "@/components/status-badges";
import { CustomerStatusBadge } from "./customer-status-badge";
import { formatKind } from "./format";
import { LocalDate } from "@/components/time";

export function CustomerHeader({ customer, role }: { customer: CustomerDetail; role: Role }) {
  const isArchived = customer.archivedAt !== null;
  const KindIcon = customer.kind === "person" ? UserIcon : Building2Icon;
  const subtitle = [customer.displayName !== customer.name ? customer.displayName : null, customer.accountNumber]
    .filter(Boolean)
    .join(" · ");

  return (
    <DetailHeader
      list={{ href: "/customers", label: "Customers" }}
      icon={<KindIcon aria-label={formatKind(customer.kind)} className="size-5 text-muted-foreground" />}
      title={customer.name}
      badges={
        <>
          <CustomerStatusBadge status={customer.status} />
          {isArchived ? <ArchivedBadge /> : null}
          {customer.erasedAt ? <Badge variant="outline">Personal data erased</Badge> : null}
        </>
      }
      subtitle={subtitle}
      actions={
        <>
          {mayEditCustomer(role, customer) ? (
            <Button asChild>
              <Link href={`/customers/${customer.id}/edit`}>
                <PencilIcon aria-hidden="true" />
                Edit
              </Link>
            </Button>
          ) : null}
          <CustomerActionsMenu
            customer={{ id: customer.id, name: customer.name, accountNumber: customer.accountNumber, isArchived }}
            canArchive={can(role, "customer:archive")}
            canRestore={can(role, "customer:restore")}
            canDelete={can(role, "customer:delete")}
            canMerge={can(role, "customer:merge")}
            canExportData={can(role, "privacy:export")}
            canErase={can(role, "privacy:erase") && customer.erasedAt === null}
          />
        </>
      }
      banner={
        <>
          {customer.masked ? <LimitedDetailsNotice owner={customer.owner?.name ?? null} /> : null}
          {customer.archivedAt ? (
            <ArchivedBanner
              action={can(role, "customer:restore") ? <RestoreCustomerButton customerId={customer.id} /> : null}
            >
              This customer was archived
              {customer.archivedBy ? ` by ${customer.archivedBy.name}` : ""} on{" "}
              <LocalDate date={customer.archivedAt} withTime />. It is hidden from the customer list and cannot be
              edited.
            </ArchivedBanner>
          ) : null}
        </>
      }
    />
  );
}

/** Shown when the visibility mode limits what the member sees of this customer, naming whom to ask for a share. */
function LimitedDetailsNotice({ owner }: { owner: string | null }) {
  return (
    <p role="note" className="flex items-start gap-2 rounded-md border bg-muted px-4 py-3 text-sm">
      <LockIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <span>
        <span className="font-medium">Limited details — not your customer.</span>{" "}
        {owner ? `Owned by ${owner}. Ask them` : "It has no owner. Ask a manager"} to share it with you to see its
        contact details, address and notes.
      </span>
    </p>
  );
}

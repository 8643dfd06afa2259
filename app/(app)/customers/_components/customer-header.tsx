// The detail page's header: name, kind, status, Edit and the Actions menu, and the archived banner.
import Link from "next/link";
import { ArchiveIcon, Building2Icon, ChevronLeftIcon, PencilIcon, UserIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { can, type Role } from "@/lib/auth/permissions";
import type { CustomerDetail } from "@/lib/customers/queries";
import { CustomerActionsMenu } from "./customer-actions-menu";
import { ArchivedBadge, CustomerStatusBadge } from "./customer-status-badge";
import { formatKind } from "./format";
import { LocalDate } from "./local-date";
import { RestoreCustomerButton } from "./restore-customer-button";

function ArchivedBanner({ customer, canRestore }: { customer: CustomerDetail; canRestore: boolean }) {
  if (!customer.archivedAt) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p className="flex items-center gap-2">
        <ArchiveIcon aria-hidden="true" className="size-4 shrink-0" />
        <span>
          This customer was archived
          {customer.archivedBy ? ` by ${customer.archivedBy.name}` : ""} on <LocalDate date={customer.archivedAt} withTime />.
          It is hidden from the customer list and cannot be edited.
        </span>
      </p>
      {canRestore ? <RestoreCustomerButton customerId={customer.id} /> : null}
    </div>
  );
}

export function CustomerHeader({ customer, role }: { customer: CustomerDetail; role: Role }) {
  const isArchived = customer.archivedAt !== null;
  const KindIcon = customer.kind === "person" ? UserIcon : Building2Icon;
  const subtitle = [customer.displayName !== customer.name ? customer.displayName : null, customer.accountNumber]
    .filter(Boolean)
    .join(" · ");

  return (
    <div className="flex flex-col gap-4">
      <Link href="/customers" className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeftIcon aria-hidden="true" className="size-4" />
        Customers
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 items-start gap-3">
          <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-muted">
            <KindIcon aria-label={formatKind(customer.kind)} className="size-5 text-muted-foreground" />
          </span>
          <div className="flex min-w-0 flex-col gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <h1 className="text-2xl font-semibold tracking-tight break-words">{customer.name}</h1>
              <CustomerStatusBadge status={customer.status} />
              {isArchived ? <ArchivedBadge /> : null}
            </div>
            {subtitle ? <p className="text-sm text-muted-foreground">{subtitle}</p> : null}
          </div>
        </div>
        <div className="flex items-center gap-2">
          {!isArchived && can(role, "customer:update") ? (
            <Button asChild>
              <Link href={`/customers/${customer.id}/edit`}>
                <PencilIcon aria-hidden="true" />
                Edit
              </Link>
            </Button>
          ) : null}
          <CustomerActionsMenu
            customer={{ id: customer.id, name: customer.name, isArchived }}
            canArchive={can(role, "customer:archive")}
            canRestore={can(role, "customer:restore")}
            canDelete={can(role, "customer:delete")}
          />
        </div>
      </div>
      <ArchivedBanner customer={customer} canRestore={can(role, "customer:restore")} />
    </div>
  );
}

"use client";

// The detail page's Actions menu (Merge with…, Erase personal data, Archive, Restore, Delete) and the archived
// banner's Restore button, bound to the customer actions.
import * as React from "react";
import { DownloadIcon, EraserIcon, MergeIcon } from "lucide-react";

import { PrimaryLossNotice } from "@/app/(app)/_components/asset-links/primary-loss-notice";
import { RecordActionsMenu, RestoreRecordButton } from "@/components/record-actions";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { archiveCustomerAction, deleteCustomerAction, restoreCustomerAction } from "@/lib/customers/actions";
import { eraseCustomerAction } from "@/lib/privacy/erasure-actions";
import { erasedCustomerName } from "@/lib/privacy/erasure-schemas";
import { EraseDialog } from "./erase-dialog";
import { ExportDataDialog } from "./export-data-dialog";
import { MergeWithDialog } from "./merge/merge-with-dialog";

type CustomerActionsMenuProps = {
  customer: { id: string; name: string; accountNumber: string | null; isArchived: boolean };
  canArchive: boolean;
  canRestore: boolean;
  canDelete: boolean;
  canMerge: boolean;
  /** Managers and up: the subject access export. */
  canExportData: boolean;
  /** Admins, while the customer is not erased yet. */
  canErase: boolean;
};

const actions = { archive: archiveCustomerAction, restore: restoreCustomerAction, remove: deleteCustomerAction };

export function CustomerActionsMenu({
  customer,
  canMerge,
  canExportData,
  canErase,
  ...allowed
}: CustomerActionsMenuProps) {
  const [merging, setMerging] = React.useState(false);
  const [exporting, setExporting] = React.useState(false);
  const [erasing, setErasing] = React.useState(false);
  return (
    <>
      <RecordActionsMenu
        record={customer}
        noun="Customer"
        actions={actions}
        {...allowed}
        archiveDescription="Archived customers are hidden from the customer list and cannot be edited. You can restore them at any time."
        deleteDescription="The customer and its details will be removed for good. This cannot be undone; archive the customer instead to keep its history."
        listHref="/customers"
        archiveNotice={<PrimaryLossNotice customerId={customer.id} />}
        extraItems={
          canMerge || canExportData || canErase ? (
            <>
              {canMerge ? (
                <DropdownMenuItem onSelect={() => setMerging(true)}>
                  <MergeIcon aria-hidden="true" />
                  Merge with…
                </DropdownMenuItem>
              ) : null}
              {canExportData ? (
                <DropdownMenuItem onSelect={() => setExporting(true)}>
                  <DownloadIcon aria-hidden="true" />
                  Export personal data…
                </DropdownMenuItem>
              ) : null}
              {canErase ? (
                <DropdownMenuItem variant="destructive" onSelect={() => setErasing(true)}>
                  <EraserIcon aria-hidden="true" />
                  Erase personal data…
                </DropdownMenuItem>
              ) : null}
            </>
          ) : null
        }
      />
      {canMerge ? <MergeWithDialog customer={customer} open={merging} onOpenChange={setMerging} /> : null}
      {canExportData ? <ExportDataDialog customer={customer} open={exporting} onOpenChange={setExporting} /> : null}
      {canErase ? (
        <EraseDialog
          open={erasing}
          onOpenChange={setErasing}
          title={`Erase ${customer.name}'s personal data`}
          description={
            <>
              The names, emails, phones, addresses, tax id and notes of this customer and all its contacts are replaced
              with neutral values; notes and the text of logged calls, emails and meetings are deleted; the customer
              leaves search and duplicate review. Work orders and their maintenance history are kept, naming the
              customer &ldquo;{erasedCustomerName(customer)}&rdquo; (unless your organization&apos;s work-order legal
              hold is on). Who erased it, when and why is recorded.
            </>
          }
          confirmLabel={customer.accountNumber ? "the customer's name or account number" : "the customer's name"}
          save={(values) => eraseCustomerAction({ ...values, customerId: customer.id })}
          successMessage="Personal data erased"
        />
      ) : null}
    </>
  );
}

export function RestoreCustomerButton({ customerId }: { customerId: string }) {
  return <RestoreRecordButton id={customerId} noun="Customer" action={restoreCustomerAction} />;
}

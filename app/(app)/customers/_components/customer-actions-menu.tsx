"use client";

// The detail page's Actions menu (Merge with…, Archive, Restore, Delete) and the archived banner's
// Restore button, bound to the customer actions.
import * as React from "react";
import { MergeIcon } from "lucide-react";

import { PrimaryLossNotice } from "@/app/(app)/_components/asset-links/primary-loss-notice";
import { RecordActionsMenu, RestoreRecordButton } from "@/components/record-actions";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { archiveCustomerAction, deleteCustomerAction, restoreCustomerAction } from "@/lib/customers/actions";
import { MergeWithDialog } from "./merge/merge-with-dialog";

type CustomerActionsMenuProps = {
  customer: { id: string; name: string; isArchived: boolean };
  canArchive: boolean;
  canRestore: boolean;
  canDelete: boolean;
  canMerge: boolean;
};

const actions = { archive: archiveCustomerAction, restore: restoreCustomerAction, remove: deleteCustomerAction };

export function CustomerActionsMenu({ customer, canMerge, ...allowed }: CustomerActionsMenuProps) {
  const [merging, setMerging] = React.useState(false);
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
          canMerge ? (
            <DropdownMenuItem onSelect={() => setMerging(true)}>
              <MergeIcon aria-hidden="true" />
              Merge with…
            </DropdownMenuItem>
          ) : null
        }
      />
      {canMerge ? <MergeWithDialog customer={customer} open={merging} onOpenChange={setMerging} /> : null}
    </>
  );
}

export function RestoreCustomerButton({ customerId }: { customerId: string }) {
  return <RestoreRecordButton id={customerId} noun="Customer" action={restoreCustomerAction} />;
}

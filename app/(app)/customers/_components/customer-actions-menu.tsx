"use client";

// The detail page's Actions menu and the archived banner's Restore button, bound to the customer actions.
import { PrimaryLossNotice } from "@/app/(app)/_components/asset-links/primary-loss-notice";
import { RecordActionsMenu, RestoreRecordButton } from "@/components/record-actions";
import { archiveCustomerAction, deleteCustomerAction, restoreCustomerAction } from "@/lib/customers/actions";

type CustomerActionsMenuProps = {
  customer: { id: string; name: string; isArchived: boolean };
  canArchive: boolean;
  canRestore: boolean;
  canDelete: boolean;
};

const actions = { archive: archiveCustomerAction, restore: restoreCustomerAction, remove: deleteCustomerAction };

export function CustomerActionsMenu({ customer, ...allowed }: CustomerActionsMenuProps) {
  return (
    <RecordActionsMenu
      record={customer}
      noun="Customer"
      actions={actions}
      {...allowed}
      archiveDescription="Archived customers are hidden from the customer list and cannot be edited. You can restore them at any time."
      deleteDescription="The customer and its details will be removed for good. This cannot be undone; archive the customer instead to keep its history."
      listHref="/customers"
      archiveNotice={<PrimaryLossNotice customerId={customer.id} />}
    />
  );
}

export function RestoreCustomerButton({ customerId }: { customerId: string }) {
  return <RestoreRecordButton id={customerId} noun="Customer" action={restoreCustomerAction} />;
}

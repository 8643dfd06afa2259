// Every foreign key to customer and what a merge does with it. A test compares this list with the
// database's foreign keys, so a new reference to customer fails until the merge handles it here.
export const customerReferences = {
  "activity.customer_id": "moved to the survivor (undo moves them back)",
  "asset_customer.customer_id": "moved; a second link to the same asset collapses into the survivor's",
  "bulk_change_row.customer_id": "moved, or removed when the survivor has a row of the same bulk change",
  "contact.customer_id": "moved; one primary kept, a contact whose email the survivor has is kept as deleted",
  "ownership_transfer.customer_id":
    "moved; an owner the survivor takes from a merged customer adds one (undo removes it)",
  "work_order.customer_id": "moved (their customer snapshots are left as they were)",
  "customer.merged_into_id": "left: earlier tombstones keep pointing at the merged customer, and the chain is followed",
  "customer_merge.survivor_id": "left: the merged customer's own earlier merges (their undo needs it unmerged)",
  "duplicate_pair.customer_a_id": "left: a pair with a tombstone is hidden, and the next duplicates scan drops it",
  "duplicate_pair.customer_b_id": "left: a pair with a tombstone is hidden, and the next duplicates scan drops it",
  "duplicate_dismissal.customer_a_id": "left: kept for good, so it still holds if the merge is undone",
  "duplicate_dismissal.customer_b_id": "left: kept for good, so it still holds if the merge is undone",
  "erasure_log.customer_id": "left: the proof of an erasure stays with the customer whose data was erased",
  "privacy_export.customer_id":
    "left: a finished subject access export is of the customer as it was asked for (erasing the survivor deletes it too)",
  "consent_change.customer_id":
    "left: proof of what the merged customer consented to; a moved contact's history follows the contact",
  "customer_share.customer_id":
    "left: a merged customer's shares stay with it, so an undo finds them in place; share the survivor to grant access to it",
} as const;

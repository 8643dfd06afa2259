// What a merge stores for its undo (customer_merge.before and .moves): rows as JSON, and the state each
// moved row was left in, so undo can tell whether anything newer touched it.
import type { Prisma } from "@/lib/db";
import type { AssetCustomer, Customer } from "@/lib/generated/prisma/client";
import type { MergeMoves } from "@/lib/customers/merge/moves";
import { sealCustomerFields } from "@/lib/privacy/encrypted-fields";

/** A link's columns undo restores and compares (updated_at is left out: it follows any write). */
export interface LinkSnapshot {
  id: string;
  assetId: string;
  customerId: string;
  relationship: string;
  status: string;
  isPrimary: boolean;
  since: string | null;
  notes: string | null;
  createdAt: string;
  createdById: string | null;
}

export interface MergeUndoRecord {
  moves: MergeMoves;
  contacts: {
    id: string;
    from: string;
    isPrimary: boolean;
    deletedAt: string | null;
    deletedById: string | null;
    versionAfter: number;
  }[];
  /** Every link of the aircraft and vehicles the merge touched, before and after it. */
  links: { before: LinkSnapshot[]; after: LinkSnapshot[] };
  workOrders: { id: string; from: string; versionAfter: number }[];
  /** Bulk-undo rows removed because the survivor had one for the same bulk change. */
  bulkRemoved: { bulkChangeId: string; customerId: string; before: Prisma.JsonValue; versionAfter: number }[];
  savedViews: { id: string; state: Prisma.JsonValue; updatedAtAfter: string }[];
  /** Each tombstone's version right after the merge. */
  tombstoneVersions: Record<string, number>;
  /** The survivor's ownership history entry the merge added (its owner changed), removed by undo. Absent in older merges. */
  ownerTransferId?: string | null;
}

export function linkSnapshot(link: AssetCustomer): LinkSnapshot {
  return {
    id: link.id,
    assetId: link.assetId,
    customerId: link.customerId,
    relationship: link.relationship,
    status: link.status,
    isPrimary: link.isPrimary,
    since: link.since?.toISOString() ?? null,
    notes: link.notes,
    createdAt: link.createdAt.toISOString(),
    createdById: link.createdById,
  };
}

/** A customer row as JSON: dates as ISO text, money as text, encrypted fields as their ciphertext. */
export function toJson(customer: Customer): Record<string, unknown> {
  return sealCustomerFields(
    Object.fromEntries(
      Object.entries(customer).map(([key, value]) => [
        key,
        value instanceof Date
          ? value.toISOString()
          : value !== null && typeof value === "object" && "toFixed" in value
            ? String(value)
            : value,
      ]),
    ),
  );
}

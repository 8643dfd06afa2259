// The columns a link is read with, from the asset side (customer summary) and the customer side (asset summary).
import type { Prisma } from "@/lib/db";

const customerSummarySelect = {
  id: true,
  name: true,
  displayName: true,
  accountNumber: true,
  email: true,
  phone: true,
  archivedAt: true,
} satisfies Prisma.CustomerSelect;

export const assetSummarySelect = {
  id: true,
  kind: true,
  registration: true,
  vin: true,
  make: true,
  model: true,
  year: true,
  archivedAt: true,
} satisfies Prisma.AssetSelect;

const linkColumns = {
  id: true,
  assetId: true,
  customerId: true,
  relationship: true,
  status: true,
  isPrimary: true,
  since: true,
  notes: true,
  createdAt: true,
} satisfies Prisma.AssetCustomerSelect;

export const assetLinkSelect = {
  ...linkColumns,
  customer: { select: customerSummarySelect },
} satisfies Prisma.AssetCustomerSelect;
export const customerLinkSelect = {
  ...linkColumns,
  asset: { select: assetSummarySelect },
} satisfies Prisma.AssetCustomerSelect;

/** A link seen from its asset: who the customer is. */
export type AssetLink = Prisma.AssetCustomerGetPayload<{ select: typeof assetLinkSelect }>;
/** A link seen from its customer: which aircraft or vehicle. */
export type CustomerLink = Prisma.AssetCustomerGetPayload<{ select: typeof customerLinkSelect }>;

/** Primary first, then current links, then oldest first (status sorts in enum order: current first). */
export const linkOrder = [
  { isPrimary: "desc" },
  { status: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.AssetCustomerOrderByWithRelationInput[];

// The asset columns that identify it in a label, a list row or a picker (see `assetLabel`).
import type { Prisma } from "@/lib/db";

export const assetIdentitySelect = {
  id: true,
  kind: true,
  registration: true,
  vin: true,
  serialNumber: true,
  make: true,
  model: true,
} satisfies Prisma.AssetSelect;

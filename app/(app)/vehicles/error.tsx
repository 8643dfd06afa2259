"use client";

// Unexpected failures on the vehicles pages.
import { AssetError } from "../_components/assets/asset-error";

export default function VehicleError({ error, retry }: { error: unknown; retry: () => void }) {
  return <AssetError error={error} retry={retry} what="vehicles" />;
}
